#pragma once
// encode_string's writer: Open Klant's JSON text straight from the model, the
// same bytes as boost::json::serialize(encode(value)) without building the
// DOM in between (escapes, number forms and member order as Boost.JSON's
// serializer writes them).

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/model/describe.hpp"

namespace ki::json::detail {

// The text being written, through a cursor: a piece costs one room check
// and a copy. It starts in a buffer on the stack, as boost::json::serialize
// does, so the result is one allocation of its exact size; a longer text
// moves to the heap.
class Uitvoer {
public:
  Uitvoer() = default;
  Uitvoer(const Uitvoer&) = delete;  // the cursor points into this writer's own buffer
  Uitvoer& operator=(const Uitvoer&) = delete;

  Uitvoer& operator+=(char c) {
    if (p_ == eind_) groei(1);
    *p_++ = c;
    return *this;
  }
  Uitvoer& operator+=(std::string_view s) {
    append(s.data(), s.size());
    return *this;
  }
  [[gnu::always_inline]] void append(const char* data, std::size_t n) {
    if (n > static_cast<std::size_t>(eind_ - p_)) groei(n);
    if (n != 0) std::memcpy(p_, data, n);
    p_ += n;
  }
  void append(const char* begin, const char* end) {
    append(begin, static_cast<std::size_t>(end - begin));
  }

  // The text written.
  std::string klaar() const { return std::string(begin_, p_); }

private:
  void groei(std::size_t n) {
    const auto geschreven = static_cast<std::size_t>(p_ - begin_);
    const std::size_t ruimte =
        std::max(2 * static_cast<std::size_t>(eind_ - begin_), geschreven + n);
    auto groter = std::make_unique_for_overwrite<char[]>(ruimte);
    std::memcpy(groter.get(), begin_, geschreven);
    heap_ = std::move(groter);
    begin_ = heap_.get();
    p_ = begin_ + geschreven;
    eind_ = begin_ + ruimte;
  }

  char stapel_[2048];
  std::unique_ptr<char[]> heap_;
  char* begin_ = stapel_;
  char* p_ = stapel_;
  char* eind_ = stapel_ + sizeof stapel_;
};

// A JSON string literal, escaped as boost::json::serialize escapes it.
void schrijf_tekst(std::string_view s, Uitvoer& out);
// A text that needs no escapes (the model's property names and enum values).
inline void schrijf_gewoon(std::string_view s, Uitvoer& out) {
  out += '"';
  out += s;
  out += '"';
}
void schrijf_uuid(const Uuid& u, Uitvoer& out);
void schrijf_datum(const Date& d, Uitvoer& out);
void schrijf_datum_tijd(const DateTime& t, Uitvoer& out);
void schrijf_getal(std::int64_t n, Uitvoer& out);
void schrijf_metadata(const Metadata& m, Uitvoer& out);
// Kept members (unknown keys, expansions) as the DOM holds them; `bezet`
// tells which keys a described field already wrote (the DOM's emplace keeps
// the first of equal keys).
template <class Bezet>
void schrijf_onbekend(const Unknown& unknown, Bezet&& bezet, bool& eerste, Uitvoer& out) {
  for (const auto& kv : unknown) {
    if (bezet(kv.key())) continue;
    out += eerste ? '{' : ',';
    eerste = false;
    schrijf_tekst(kv.key(), out);
    out += ':';
    out += boost::json::serialize(kv.value());
  }
}

template <class T>
void schrijf(const T& value, Uitvoer& out);

// Each field's `,"name":` written ahead of its value (the first field of an
// object drops the comma for its `{`).
template <class S>
const std::array<std::string, veld_count<S>()>& sleutels() {
  static const auto namen = [] {
    std::array<std::string, veld_count<S>()> n;
    std::size_t i = 0;
    for_each_veld<S>([&](const auto& veld) { n[i++] = ",\"" + std::string(veld.json) + "\":"; });
    return n;
  }();
  return namen;
}

template <class S>
void schrijf_struct(const S& s, Uitvoer& out) {
  const auto& namen = sleutels<S>();
  bool eerste = true;
  std::size_t i = 0;
  for_each_veld<S>([&](const auto& veld) {
    const auto& field = s.*(veld.member);
    const std::string& naam = namen[i++];
    if (field.is_absent()) return;
    if (eerste) {
      out += '{';
      out += std::string_view(naam).substr(1);
    } else {
      out += naam;
    }
    eerste = false;
    if (field.is_null())
      out += "null";
    else
      schrijf(*field, out);
  });
  if (!s.unknown.empty()) {
    const auto bezet = [&](std::string_view key) {
      bool gevonden = false;
      for_each_veld<S>([&](const auto& veld) {
        gevonden = gevonden || (veld.json == key && !(s.*(veld.member)).is_absent());
      });
      return gevonden;
    };
    schrijf_onbekend(s.unknown, bezet, eerste, out);
  }
  out += eerste ? "{}" : "}";
}

template <class T>
void schrijf(const T& value, Uitvoer& out) {
  if constexpr (std::is_same_v<T, std::string>) {
    schrijf_tekst(value, out);
  } else if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    schrijf_getal(value, out);
  } else if constexpr (std::is_same_v<T, Uuid>) {
    schrijf_uuid(value, out);
  } else if constexpr (std::is_same_v<T, Date>) {
    schrijf_datum(value, out);
  } else if constexpr (std::is_same_v<T, DateTime>) {
    schrijf_datum_tijd(value, out);
  } else if constexpr (std::is_same_v<T, Metadata>) {
    schrijf_metadata(value, out);
  } else if constexpr (is_named_enum_v<T>) {
    schrijf_gewoon(to_string(value), out);
  } else if constexpr (is_vector<T>::value) {
    out += '[';
    bool eerste = true;
    for (const auto& item : value) {
      if (!eerste) out += ',';
      eerste = false;
      schrijf(item, out);
    }
    out += ']';
  } else if constexpr (is_box<T>::value) {
    schrijf(*value, out);
  } else if constexpr (is_variant<T>::value) {
    std::visit([&](const auto& alt) { schrijf(alt, out); }, value);
  } else {
    static_assert(is_described_v<T>, "no encoder for this type");
    schrijf_struct(value, out);
  }
}

}  // namespace ki::json::detail
