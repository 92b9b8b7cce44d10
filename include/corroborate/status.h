// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// A Status reports the outcome of an operation: success, or an error code with
// a message naming the subject and the problem ("a.txt: not valid UTF-8 or any
// known encoding"). Result<T> holds either a value or a non-OK Status, in
// place of out-parameters.
//
// Status and Result are plain values: safe to copy and to share between
// threads once built. No exception crosses a stage boundary; errors travel as
// Status values and only src/cli/main.cc turns them into an exit code.

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace corroborate {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller passed something unusable (a flag, an
                       // option)
    kCorruption,       // the input is malformed (bad JSON line, binary file)
    kNotFound,         // a path or stored record does not exist
    kNotSupported,     // a format or feature this build does not handle
    kIoError,          // the operating system or a database refused
  };

  // Creates a success status.
  Status() = default;

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string_view subject,
                                std::string_view problem = {}) {
    return Status(Code::kInvalidArgument, subject, problem);
  }
  static Status Corruption(std::string_view subject,
                           std::string_view problem = {}) {
    return Status(Code::kCorruption, subject, problem);
  }
  static Status NotFound(std::string_view subject,
                         std::string_view problem = {}) {
    return Status(Code::kNotFound, subject, problem);
  }
  static Status NotSupported(std::string_view subject,
                             std::string_view problem = {}) {
    return Status(Code::kNotSupported, subject, problem);
  }
  static Status IoError(std::string_view subject,
                        std::string_view problem = {}) {
    return Status(Code::kIoError, subject, problem);
  }

  // Returns true iff the status indicates success.
  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message without the code name: "subject: problem".
  const std::string& message() const { return message_; }
  // A one-line description: "OK" or "Corruption: a.txt: binary file".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view subject, std::string_view problem);

  Code code_ = Code::kOk;
  std::string message_;
};

// Holds a T on success, a non-OK Status otherwise.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  // REQUIRES: !status.ok()
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace corroborate
