#pragma once
// Field<T>: a property that is absent, JSON null, or a value. Requests (PATCH
// above all) and faithful round trips need all three states.

#include <memory>
#include <optional>
#include <utility>

namespace ki {

template <class T>
class Field {
public:
  enum class State : unsigned char { absent, null, value };

  Field() = default;
  Field(T v) : value_(std::move(v)), state_(State::value) {}  // NOLINT: implicit by design

  static Field null() {
    Field f;
    f.state_ = State::null;
    return f;
  }

  Field& operator=(T v) {
    value_ = std::move(v);
    state_ = State::value;
    return *this;
  }

  void set_null() {
    value_.reset();
    state_ = State::null;
  }
  void reset() {
    value_.reset();
    state_ = State::absent;
  }

  State state() const { return state_; }
  bool is_absent() const { return state_ == State::absent; }
  bool is_null() const { return state_ == State::null; }
  bool present() const { return state_ != State::absent; }
  bool has_value() const { return state_ == State::value; }
  explicit operator bool() const { return has_value(); }

  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* get() { return has_value() ? &*value_ : nullptr; }
  const T* get() const { return has_value() ? &*value_ : nullptr; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

  // The value, or `fallback` when absent or null.
  T value_or(T fallback) const { return has_value() ? *value_ : std::move(fallback); }

  // Sets a value in place and returns it.
  template <class... A>
  T& emplace(A&&... a) {
    value_.emplace(std::forward<A>(a)...);
    state_ = State::value;
    return *value_;
  }

  friend bool operator==(const Field& a, const Field& b) {
    return a.state_ == b.state_ && (a.state_ != State::value || *a.value_ == *b.value_);
  }

private:
  std::optional<T> value_;
  State state_ = State::absent;
};

// Box<T>: a copyable owning pointer, for the one place where the response
// model is recursive (an expanded DigitaalAdres carries its Betrokkene, an
// expanded Betrokkene its DigitaleAdressen).
template <class T>
class Box {
public:
  Box() : p_(std::make_unique<T>()) {}
  Box(T v) : p_(std::make_unique<T>(std::move(v))) {}  // NOLINT: implicit by design
  Box(const Box& o) : p_(std::make_unique<T>(*o.p_)) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& o) {
    if (this != &o) p_ = std::make_unique<T>(*o.p_);
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  ~Box() = default;

  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }

  friend bool operator==(const Box& a, const Box& b) { return *a.p_ == *b.p_; }

private:
  std::unique_ptr<T> p_;
};

}  // namespace ki
