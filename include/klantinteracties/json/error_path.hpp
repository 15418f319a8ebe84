#pragma once
// Collects InvalidParams while a decoder or validator walks a body, naming
// each by the path walked so far (validation.md §0.1 B).

#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/invalid_param.hpp"

namespace ki::json {

class ErrorPath {
public:
  // Enters a key segment (already in its error-name form) or a list index.
  void push(std::string_view segment) {
    marks_.push_back(name_.size());
    if (!name_.empty()) name_ += '.';
    name_ += segment;
  }
  void push(std::size_t index) { push(std::to_string(index)); }
  void pop() {
    name_.resize(marks_.back());
    marks_.pop_back();
  }

  // Adds an error named by the current path.
  void add(std::string code, std::string reason) {
    errors_.push_back({name_, std::move(code), std::move(reason)});
  }
  // Adds an error named by the current path plus one more segment.
  void add_at(std::string_view segment, std::string code, std::string reason) {
    push(segment);
    add(std::move(code), std::move(reason));
    pop();
  }

  const std::string& name() const { return name_; }
  std::size_t count() const { return errors_.size(); }
  InvalidParams& errors() { return errors_; }
  InvalidParams take() { return std::move(errors_); }

private:
  std::string name_;
  std::vector<std::size_t> marks_;
  InvalidParams errors_;
};

// RAII for one path segment.
class PathSegment {
public:
  template <class S>
  PathSegment(ErrorPath& p, const S& segment) : p_(p) {
    p_.push(segment);
  }
  ~PathSegment() { p_.pop(); }
  PathSegment(const PathSegment&) = delete;
  PathSegment& operator=(const PathSegment&) = delete;

private:
  ErrorPath& p_;
};

}  // namespace ki::json
