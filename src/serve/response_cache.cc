// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "serve/response_cache.h"

#include <mutex>

namespace corroborate::serve {

std::shared_ptr<const CachedAnswer> ResponseCache::Find(
    const std::string& key, uint64_t version) const {
  std::shared_lock lock(mutex_);
  if (version != version_) return nullptr;
  auto it = answers_.find(key);
  return it == answers_.end() ? nullptr : it->second;
}

void ResponseCache::Put(const std::string& key, uint64_t version,
                        std::shared_ptr<const CachedAnswer> answer) {
  std::unique_lock lock(mutex_);
  if (version < version_) return;
  if (version > version_) {
    answers_.clear();
    bytes_ = 0;
    version_ = version;
  }
  size_t size = key.size() + answer->body.size();
  if (bytes_ + size > max_bytes_) return;
  if (answers_.emplace(key, std::move(answer)).second) bytes_ += size;
}

size_t ResponseCache::bytes() const {
  std::shared_lock lock(mutex_);
  return bytes_;
}

}  // namespace corroborate::serve
