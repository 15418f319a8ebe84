#pragma once
// Collects InvalidParams while a decoder or validator walks a body, naming
// each by the path walked so far (validation.md §0.1 B).
//
// Every field is entered, few fail: the path is kept as a chain of segment
// views on the stack and written out as a name only when an error is added.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "klantinteracties/invalid_param.hpp"

namespace ki::json {

class PathSegment;

class ErrorPath {
public:
  // Adds an error named by the current path.
  void add(std::string code, std::string reason) {
    errors_.push_back({name(), std::move(code), std::move(reason)});
  }
  // Adds an error named by the current path plus one more segment.
  void add_at(std::string_view segment, std::string code, std::string reason);

  // The current path as an error name: segments joined by dots.
  std::string name() const;
  std::size_t count() const { return errors_.size(); }
  InvalidParams& errors() { return errors_; }
  InvalidParams take() { return std::move(errors_); }

private:
  friend class PathSegment;
  const PathSegment* top_ = nullptr;  // the innermost segment entered
  InvalidParams errors_;
};

// One segment of the path, entered for its lifetime: a key (already in its
// error-name form) or a list index. The segments are a chain on the stack,
// innermost first, so entering one is three stores and leaving it one. The
// segment's text must outlive it: a name computed on the spot is kept in a
// variable first (a temporary would not compile).
//
// GCC 12's -Wdangling-pointer does not see that the destructor takes the
// segment's address out of the ErrorPath again.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif
class PathSegment {
public:
  PathSegment(ErrorPath& p, std::string_view segment) : p_(p), vorige_(p.top_), key_(segment) {
    p_.top_ = this;
  }
  PathSegment(ErrorPath& p, const char* segment) : PathSegment(p, std::string_view(segment)) {}
  PathSegment(ErrorPath& p, const std::string& segment)
      : PathSegment(p, std::string_view(segment)) {}
  PathSegment(ErrorPath& p, std::string&& segment) = delete;
  PathSegment(ErrorPath& p, std::size_t index) : p_(p), vorige_(p.top_), index_plus_1_(index + 1) {
    p_.top_ = this;
  }
  ~PathSegment() { p_.top_ = vorige_; }
  PathSegment(const PathSegment&) = delete;
  PathSegment& operator=(const PathSegment&) = delete;

private:
  friend class ErrorPath;
  // The path up to and including this segment, appended to `n` (a dot
  // only after something: segments before it that are all empty give none).
  void schrijf(std::string& n) const {
    if (vorige_) vorige_->schrijf(n);
    if (!n.empty()) n += '.';
    if (index_plus_1_)
      n += std::to_string(index_plus_1_ - 1);
    else
      n += key_;
  }

  ErrorPath& p_;
  const PathSegment* vorige_;
  std::string_view key_;
  std::size_t index_plus_1_ = 0;  // 0: a key segment
};
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic pop
#endif

inline std::string ErrorPath::name() const {
  std::string n;
  if (top_) top_->schrijf(n);
  return n;
}

inline void ErrorPath::add_at(std::string_view segment, std::string code, std::string reason) {
  PathSegment seg(*this, segment);
  add(std::move(code), std::move(reason));
}

}  // namespace ki::json
