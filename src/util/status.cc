// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.

#include "corroborate/status.h"

#include "corroborate/options.h"

namespace corroborate {

Status::Status(Code code, std::string_view subject, std::string_view problem)
    : code_(code), message_(subject) {
  if (!problem.empty()) {
    message_ += ": ";
    message_ += problem;
  }
}

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      return "Invalid argument: " + message_;
    case Code::kCorruption:
      return "Corruption: " + message_;
    case Code::kNotFound:
      return "Not found: " + message_;
    case Code::kNotSupported:
      return "Not supported: " + message_;
    case Code::kIoError:
      return "IO error: " + message_;
  }
  return message_;
}

Status ValidateOptions(const PipelineOptions& o) {
  auto fraction = [](double v) { return v >= 0 && v <= 1; };
  if (o.ingest.max_file_bytes == 0)
    return Status::InvalidArgument("ingest.max_file_bytes", "must be > 0");
  if (!fraction(o.ingest.max_control_fraction))
    return Status::InvalidArgument("ingest.max_control_fraction",
                                   "must be in [0, 1]");
  if (o.extract.max_boilerplate_words < 1)
    return Status::InvalidArgument("extract.max_boilerplate_words",
                                   "must be >= 1");
  if (!fraction(o.analyze.low_quality_below))
    return Status::InvalidArgument("analyze.low_quality_below",
                                   "must be in [0, 1]");
  if (o.link.shingle_size < 1)
    return Status::InvalidArgument("link.shingle_size", "must be >= 1");
  if (o.link.lsh_bands < 1 || o.link.minhash_functions % o.link.lsh_bands != 0)
    return Status::InvalidArgument("link.lsh_bands",
                                   "must divide link.minhash_functions");
  if (!fraction(o.link.passage_overlap) || !fraction(o.link.story_similarity))
    return Status::InvalidArgument("link", "similarities must be in [0, 1]");
  if (!fraction(o.corroborate.claim_similarity))
    return Status::InvalidArgument("corroborate.claim_similarity",
                                   "must be in [0, 1]");
  return Status::Ok();
}

}  // namespace corroborate
