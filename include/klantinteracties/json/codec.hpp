#pragma once
// decode<T> and encode(T) for every described type, in Open Klant's exact
// JSON shapes. Both are derived from the model's descriptions (describe.hpp):
// nothing here is written per objecttype.
//
// decode reads what Open Klant reads (snake_case keys, numbers in text fields,
// "true" in booleans, the UUID forms) and keeps what it has no field for; it
// never throws on bad input: failures are InvalidParams named as Open Klant
// names them. It does not judge business rules (required, lengths, formats):
// that is validation's job, on the decoded value.

#include <boost/json.hpp>
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/json/error_path.hpp"
#include "klantinteracties/json/limieten.hpp"
#include "klantinteracties/json/naam_tabel.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/json/tekst.hpp"
#include "klantinteracties/messages.hpp"
#include "klantinteracties/model/describe.hpp"

namespace ki::json {

template <class T>
struct Decoded {
  T value{};
  InvalidParams errors;
  bool ok() const { return errors.empty(); }
};

namespace detail {

// The names of a described struct's fields: JSON name, the internal
// (snake_case) name Open Klant's parser maps keys to, and the error segment.
struct VeldNaam {
  std::string_view json;
  std::string intern;
  std::string fout;
};

template <class S>
const std::vector<VeldNaam>& veld_namen() {
  static const std::vector<VeldNaam> namen = [] {
    std::vector<VeldNaam> n;
    for_each_veld<S>([&](const auto& v) {
      // `_expand` is never parsed (model.md §1.1).
      std::string intern = v.json == "_expand" ? std::string(v.json) : parse_key(v.json);
      std::string fout = camelize(intern);
      n.push_back({v.json, std::move(intern), std::move(fout)});
    });
    return n;
  }();
  return namen;
}

// veld_index for a key that is not a field's exact JSON name.
template <class S>
[[gnu::noinline]] int veld_index_geparst(std::string_view key) {
  const auto& namen = veld_namen<S>();
  if (key == "_expand") return -1;
  const std::string parsed = parse_key(key);
  for (std::size_t i = 0; i < namen.size(); ++i)
    if (namen[i].intern == parsed && namen[i].json != "_expand") return static_cast<int>(i);
  return -1;
}

// Index of the field a request key reaches (§0.3), or -1. Nearly every key
// is a field's exact name: that look-up is inlined, the parsing is not.
template <class S>
inline int veld_index(std::string_view key) {
  static const NaamTabel exact = [] {
    std::vector<std::string_view> json;
    for (const auto& naam : veld_namen<S>()) json.push_back(naam.json);
    return NaamTabel(std::move(json));
  }();
  if (const int i = exact.vind(key); i >= 0) [[likely]]
    return i;
  return veld_index_geparst<S>(key);
}

// ---- decoding -------------------------------------------------------------

template <class T>
bool read(const boost::json::value& v, T& out, ErrorPath& err, Opt opt);
bool read_bool(const boost::json::value& v, bool& out, ErrorPath& err);
bool is_null_text(const boost::json::value& v);

inline bool read_object_expected(const boost::json::value& v, ErrorPath& err) {
  if (v.is_object()) return true;
  err.add_at("nonFieldErrors", "invalid",
             fmt::format(fmt::runtime(msg::not_a_dict_nested), python_type_name(v)));
  return false;
}

template <class Variant, std::size_t I = 0>
void read_alternative(std::size_t index, const boost::json::value& v, Field<Variant>& field,
                      ErrorPath& err) {
  if constexpr (I < std::variant_size_v<Variant>) {
    if (index == I) {
      std::variant_alternative_t<I, Variant> alt{};
      const std::size_t before = err.count();
      read(v, alt, err, {});
      if (err.count() == before) field = Variant(std::in_place_index<I>, std::move(alt));
      return;
    }
    read_alternative<Variant, I + 1>(index, v, field, err);
  }
}

template <class S, class V>
void read_veld(const V& veld, const boost::json::value& v, S& out, ErrorPath& err) {
  auto& field = out.*(veld.member);
  if (v.is_null()) {
    field.set_null();
    return;
  }
  using T = typename V::Type;
  if constexpr (std::is_same_v<T, bool>) {
    // KI-GEN-008: a nullable boolean also takes "null" and "" as null.
    if (veld.opt.has(Opt::nullable) && is_null_text(v)) {
      field.set_null();
      return;
    }
  }
  if constexpr (is_variant<T>::value) {
    // Polymorphic detail: the discriminator (decoded before, it comes
    // earlier in field order) chooses the alternative. Without a usable
    // discriminator the detail is kept as it came (the API ignores it).
    const auto& soort = out.*(veld.discriminator);
    if (!soort.has_value()) {
      out.unknown[veld.json] = v;
      return;
    }
    if (!read_object_expected(v, err)) return;
    read_alternative<T>(static_cast<std::size_t>(*soort), v, field, err);
  } else {
    T value{};
    if (read(v, value, err, veld.opt)) field = std::move(value);
  }
}

template <class S>
bool read_struct(const boost::json::value& v, S& out, ErrorPath& err) {
  if (!read_object_expected(v, err)) return false;
  const auto& obj = v.get_object();
  constexpr std::size_t n = veld_count<S>();
  std::array<const boost::json::value*, n> slot{};
  for (const auto& kv : obj) {
    const int i = veld_index<S>(kv.key());
    if (i < 0)
      out.unknown[kv.key()] = kv.value();
    else
      slot[static_cast<std::size_t>(i)] = &kv.value();  // the last of equal keys wins
  }
  const std::size_t before = err.count();
  std::size_t i = 0;
  const auto& namen = veld_namen<S>();
  for_each_veld<S>([&](const auto& veld) {
    if (const auto* value = slot[i]) {
      PathSegment seg(err, namen[i].fout);
      read_veld(veld, *value, out, err);
    }
    ++i;
  });
  return err.count() == before;
}

inline bool read_string(const boost::json::value& v, std::string& out, ErrorPath& err) {
  if (v.is_string()) {
    out.assign(v.get_string().data(), v.get_string().size());
    return true;
  }
  if (v.is_number()) {  // KI-GEN-007: numbers become text
    out = python_str(v);
    return true;
  }
  err.add("invalid", std::string(msg::not_a_string));
  return false;
}

bool read_integer(const boost::json::value& v, std::int64_t& out, ErrorPath& err);
bool read_metadata(const boost::json::value& v, Metadata& out, ErrorPath& err);
std::string choice_text(const boost::json::value& v);

template <class T>
bool read(const boost::json::value& v, T& out, ErrorPath& err, Opt opt) {
  (void)opt;
  if constexpr (std::is_same_v<T, std::string>) {
    return read_string(v, out, err);
  } else if constexpr (std::is_same_v<T, bool>) {
    return read_bool(v, out, err);
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return read_integer(v, out, err);
  } else if constexpr (std::is_same_v<T, Uuid>) {
    if (auto u = parse_uuid(v)) {
      out = *u;
      return true;
    }
    err.add("invalid", std::string(msg::not_a_uuid));
    return false;
  } else if constexpr (std::is_same_v<T, Date>) {
    if (v.is_string())
      if (auto d = parse_date(v.get_string())) {
        out = *d;
        return true;
      }
    err.add("invalid", std::string(msg::not_a_date));
    return false;
  } else if constexpr (std::is_same_v<T, DateTime>) {
    if (v.is_string())
      if (auto t = parse_date_time(v.get_string())) {
        out = *t;
        return true;
      }
    err.add("invalid", std::string(msg::not_a_date_time));
    return false;
  } else if constexpr (std::is_same_v<T, Metadata>) {
    return read_metadata(v, out, err);
  } else if constexpr (is_named_enum_v<T>) {
    // KI-GEN-006: exact, case-sensitive, untrimmed.
    if (v.is_string())
      if (auto e = enum_from_string<T>(v.get_string())) {
        out = *e;
        return true;
      }
    err.add("invalid_choice", fmt::format(fmt::runtime(msg::invalid_choice), choice_text(v)));
    return false;
  } else if constexpr (is_vector<T>::value) {
    if (!v.is_array()) {  // KI-GEN-016
      err.add_at("nonFieldErrors", "not_a_list",
                 fmt::format(fmt::runtime(msg::not_a_list), python_type_name(v)));
      return false;
    }
    const auto& arr = v.get_array();
    out.clear();
    out.reserve(arr.size());
    bool ok = true;
    for (std::size_t i = 0; i < arr.size(); ++i) {
      PathSegment seg(err, i);
      typename T::value_type item{};
      ok = read(arr[i], item, err, {}) && ok;
      out.push_back(std::move(item));
    }
    return ok;
  } else if constexpr (is_box<T>::value) {
    return read(v, *out, err, opt);
  } else {
    static_assert(is_described_v<T>, "no decoder for this type");
    return read_struct(v, out, err);
  }
}

// ---- encoding -------------------------------------------------------------

template <class T>
boost::json::value write(const T& value);

template <class S>
boost::json::value write_struct(const S& s) {
  boost::json::object obj;
  obj.reserve(veld_count<S>() + s.unknown.size());
  for_each_veld<S>([&](const auto& veld) {
    const auto& field = s.*(veld.member);
    if (field.is_absent()) return;
    if (field.is_null())
      obj.emplace(veld.json, nullptr);
    else
      obj.emplace(veld.json, write(*field));
  });
  for (const auto& kv : s.unknown) obj.emplace(kv.key(), kv.value());
  return obj;
}

template <class T>
boost::json::value write(const T& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    return boost::json::string(value);
  } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, std::int64_t>) {
    return boost::json::value(value);
  } else if constexpr (std::is_same_v<T, Uuid>) {
    return boost::json::string(format_uuid(value));
  } else if constexpr (std::is_same_v<T, Date>) {
    return boost::json::string(format_date(value));
  } else if constexpr (std::is_same_v<T, DateTime>) {
    return boost::json::string(format_date_time(value));
  } else if constexpr (std::is_same_v<T, Metadata>) {
    boost::json::object obj;
    for (const auto& [k, v] : value) obj[k] = v;
    return obj;
  } else if constexpr (is_named_enum_v<T>) {
    return boost::json::string(to_string(value));
  } else if constexpr (is_vector<T>::value) {
    boost::json::array arr;
    arr.reserve(value.size());
    for (const auto& item : value) arr.push_back(write(item));
    return arr;
  } else if constexpr (is_box<T>::value) {
    return write(*value);
  } else if constexpr (is_variant<T>::value) {
    return std::visit([](const auto& alt) { return write(alt); }, value);
  } else {
    static_assert(is_described_v<T>, "no encoder for this type");
    return write_struct(value);
  }
}

}  // namespace detail

// Decodes a parsed JSON value into T. The body must be a JSON object
// (otherwise `nonFieldErrors`, KI-GEN-024).
template <class T>
Decoded<T> decode(const boost::json::value& body) {
  Decoded<T> d;
  ErrorPath err;
  if (body.is_null())
    err.add_at("nonFieldErrors", "null", std::string(msg::no_data));
  else
    detail::read_struct(body, d.value, err);
  d.errors = err.take();
  return d;
}

// Parses JSON text: malformed JSON, or a document beyond `limieten` (size,
// nesting), gives one `nonFieldErrors` error with code `parse_error`.
// Duplicate keys: the last one wins, as in Python's json module. The value's
// nodes come from `storage` (a monotonic_resource for a body that lives only
// for one call saves an allocation per string, array and object).
boost::json::value parse(std::string_view text, InvalidParams& errors,
                         const Limieten& limieten = {}, boost::json::storage_ptr storage = {});

template <class T>
Decoded<T> decode(std::string_view text, const Limieten& limieten = {}) {
  InvalidParams errors;
  boost::json::value body = parse(text, errors, limieten);
  if (!errors.empty()) return {T{}, std::move(errors)};
  return decode<T>(body);
}

// Encodes T in Open Klant's shape: properties in the API's order, absent ones
// left out, null kept, unknown members last.
template <class T>
boost::json::value encode(const T& value) {
  return detail::write(value);
}

// encode() as compact JSON text, as Open Klant writes it: the bytes of
// boost::json::serialize(encode(value)), written without the DOM.
template <class T>
std::string encode_string(const T& value) {
  detail::Uitvoer out;
  detail::schrijf(value, out);
  return out.klaar();
}

}  // namespace ki::json
