// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// ResponseCache: finished GET answers (status, type, body) of one version of
// the served analysis, so a hot page or API answer is rendered and
// serialized once per version instead of once per request. Putting an
// answer of a newer version drops everything older; answers of an older
// version than the cache's are ignored. Memory is bounded: past
// `max_bytes` of bodies new answers are not kept (so unique search
// queries cannot grow it without bound).
//
// Thread-safe.

#pragma once

#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace corroborate::serve {

struct CachedAnswer {
  int status = 200;
  std::string content_type;
  std::string body;
};

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}

  // The answer kept for `key` at `version`, or null.
  std::shared_ptr<const CachedAnswer> Find(const std::string& key,
                                           uint64_t version) const;

  // Keeps `answer` for `key`, rendered at `version`.
  void Put(const std::string& key, uint64_t version,
           std::shared_ptr<const CachedAnswer> answer);

  // Bytes of bodies kept.
  size_t bytes() const;

 private:
  const size_t max_bytes_;
  mutable std::shared_mutex mutex_;
  uint64_t version_ = 0;
  size_t bytes_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const CachedAnswer>> answers_;
};

}  // namespace corroborate::serve
