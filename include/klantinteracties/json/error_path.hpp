#pragma once
// Collects InvalidParams while a decoder or validator walks a body, naming
// each by the path walked so far (validation.md §0.1 B).
//
// Every field is entered, few fail: the path is kept as a stack of segment
// views and written out as a name only when an error is added.

#include <boost/container/small_vector.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "klantinteracties/invalid_param.hpp"

namespace ki::json {

class ErrorPath {
public:
  // Enters a key segment (already in its error-name form), which must outlive
  // the segment, or a list index.
  // (Field by field: a whole Segment built on the stack and copied in
  // stalls on the store of its parts.)
  void push(std::string_view segment) {
    Segment& s = segments_.emplace_back();
    s.key = segment;
    s.index_plus_1 = 0;
  }
  void push(std::size_t index) {
    Segment& s = segments_.emplace_back();
    s.key = {};
    s.index_plus_1 = index + 1;
  }
  void pop() { segments_.pop_back(); }

  // Adds an error named by the current path.
  void add(std::string code, std::string reason) {
    errors_.push_back({name(), std::move(code), std::move(reason)});
  }
  // Adds an error named by the current path plus one more segment.
  void add_at(std::string_view segment, std::string code, std::string reason) {
    push(segment);
    add(std::move(code), std::move(reason));
    pop();
  }

  // The current path as an error name: segments joined by dots.
  std::string name() const {
    std::string n;
    for (const auto& s : segments_) {
      if (!n.empty()) n += '.';
      if (s.index_plus_1)
        n += std::to_string(s.index_plus_1 - 1);
      else
        n += s.key;
    }
    return n;
  }
  std::size_t count() const { return errors_.size(); }
  InvalidParams& errors() { return errors_; }
  InvalidParams take() { return std::move(errors_); }

private:
  struct Segment {
    std::string_view key;
    std::size_t index_plus_1;  // 0: a key segment
  };
  // Deeper paths than this are rare: the stack then moves to the heap.
  boost::container::small_vector<Segment, 16> segments_;
  InvalidParams errors_;
};

// RAII for one path segment. The segment's text must outlive it: a name
// computed on the spot is kept in a variable first (a temporary would not
// compile).
class PathSegment {
public:
  PathSegment(ErrorPath& p, std::string_view segment) : p_(p) { p_.push(segment); }
  PathSegment(ErrorPath& p, const char* segment) : p_(p) { p_.push(std::string_view(segment)); }
  PathSegment(ErrorPath& p, const std::string& segment) : p_(p) {
    p_.push(std::string_view(segment));
  }
  PathSegment(ErrorPath& p, std::string&& segment) = delete;
  PathSegment(ErrorPath& p, std::size_t index) : p_(p) { p_.push(index); }
  ~PathSegment() { p_.pop(); }
  PathSegment(const PathSegment&) = delete;
  PathSegment& operator=(const PathSegment&) = delete;

private:
  ErrorPath& p_;
};

}  // namespace ki::json
