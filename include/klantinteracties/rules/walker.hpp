#pragma once
// The validation engine: walks a request body along the model's description
// in Open Klant's phases (validation.md §0.4) and field order, decoding and
// checking each field as DRF does (presence, null, type, blank, validators,
// length), then the object-level rules of each object, then the save-time
// rules that need no stored data. The rules that are special to one
// objecttype live in Regels<S> (rules/<objecttype>.hpp).

#include <boost/json.hpp>
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "klantinteracties/json/band.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/model.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"
#include "klantinteracties/rules/options.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ki::rules {

template <class T>
const T* Opzoeker::vind(const boost::uuids::uuid& uuid) const {
  return static_cast<const T*>(vind(Resource<T>::naam, uuid));
}

template <class S>
class Walk;

// The hooks of one objecttype; every hook is optional. Specialise Regels<S>
// deriving from GeenRegels<S> and hide the hooks needed.
template <class S>
struct GeenRegels {
  // Validators of a text field, run on the trimmed non-empty value next to
  // the length checks (DRF runs them first; all failures are reported).
  static void tekst(std::string_view, std::string_view, const Walk<S>&, json::ErrorPath&) {}
  // Runs after one field passed all its checks (value checks such as the
  // huisnummer range, and checks that DRF makes after the field's own).
  static void na_veld(std::string_view, const Walk<S>&, json::ErrorPath&) {}
  // Phase 3: object-level rules, only when every field passed.
  static void object(const Walk<S>&, json::ErrorPath&) {}
  // Phase 4 without stored data: only at the top level, after phase 3.
  static void opslaan(const Walk<S>&, json::ErrorPath&) {}
  // Fields of a nested object that are read-only in this context
  // (MaakKlantcontact's betrokkene.hadKlantcontact).
  static std::span<const std::string_view> alleen_lezen(std::string_view) { return {}; }
};

template <class S>
struct Regels : GeenRegels<S> {};

// What a rule sees of the object being validated: the decoded value so far,
// which keys the body had, the options and the reference lists.
template <class S>
class Walk {
public:
  static constexpr std::size_t n = veld_count<S>();

  Walk(S& value, const Options& opt, const referentielijsten::Referentielijsten& lijsten,
       Modus modus)
      : value_(value), opt_(opt), lijsten_(lijsten), modus_(modus) {}

  const S& value() const { return value_; }
  S& value() { return value_; }
  Modus modus() const { return modus_; }
  Profiel profiel() const { return opt_.profiel; }
  bool strict() const { return opt_.profiel == Profiel::strict; }
  const Options& options() const { return opt_; }
  const referentielijsten::Referentielijsten& lijsten() const { return lijsten_; }
  // The stored data (inside a register), or null.
  const Opzoeker* opzoeker() const { return opt_.opzoeker; }
  // On update/partial at the top level: the stored object being changed.
  const S* opgeslagen() const {
    return top_ ? static_cast<const S*>(opt_.opgeslagen) : nullptr;
  }
  void set_top(bool top) { top_ = top; }

  // The body's value for a field (after key parsing, §0.3), or null.
  const json::Knoop* raw(std::string_view json) const {
    const auto& namen = json::detail::veld_namen<S>();
    for (std::size_t i = 0; i < n; ++i)
      if (namen[i].json == json) return slot_[i];
    return nullptr;
  }
  // Whether the body had the key (whatever its value).
  bool present(std::string_view json) const { return raw(json) != nullptr; }

  std::array<const json::Knoop*, n>& slots() { return slot_; }

private:
  S& value_;
  const Options& opt_;
  const referentielijsten::Referentielijsten& lijsten_;
  Modus modus_;
  bool top_ = false;
  std::array<const json::Knoop*, n> slot_{};
};

namespace detail {

using json::ErrorPath;
using json::PathSegment;

// Builds a model struct in place by default-initialisation: `emplace(
// standaard<T>())`. Plain `emplace()` value-initialises the aggregate, which
// zeroes the whole struct before its members' constructors run; every member
// of a described struct is a Field or the Unknown object, whose constructors
// set all they need, so that zeroing is work thrown away.
template <class T>
struct Standaard {
  static_assert(is_described_v<T>);
  operator T() const {  // NOLINT: converts only where T is built in place
    T t;                // returned without a copy (NRVO, and no temporary in emplace)
    return t;
  }
};
template <class T>
auto standaard() {
  if constexpr (is_described_v<T>)
    return Standaard<T>{};
  else
    return T{};
}

template <class S>
bool check_struct(const json::Knoop& body, S& out, const Options& opt,
                  const referentielijsten::Referentielijsten& lijsten, Modus modus,
                  std::span<const std::string_view> alleen_lezen, ErrorPath& err, bool top);

// KI-GEN-019: NUL, then the first lone surrogate (carried as WTF-8, the form
// json::parse gives a lone surrogate escape).
inline void check_characters(std::string_view s, ErrorPath& err) {
  if (s.find('\0') != std::string_view::npos)
    err.add("null_characters_not_allowed", std::string(msg::null_characters));
  // A surrogate's WTF-8 starts with 0xED, which memchr finds fast.
  const char* const eind = s.data() + s.size();
  for (const char* p = s.data();
       (p = static_cast<const char*>(std::memchr(p, 0xED, static_cast<std::size_t>(eind - p)))) &&
       eind - p > 2;
       ++p) {
    const auto b1 = static_cast<unsigned char>(p[1]);
    const auto b2 = static_cast<unsigned char>(p[2]);
    if (b1 >= 0xA0 && b1 <= 0xBF && (b2 & 0xC0) == 0x80) {
      const unsigned cp = 0xD000u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      err.add("surrogate_characters_not_allowed",
              fmt::format(fmt::runtime(msg::surrogate_characters), cp));
      return;
    }
  }
}

// Whether a text is ASCII without NUL: then its length is its size and
// KI-GEN-019 has nothing to refuse in it (the common case, in one pass).
inline bool ascii_zonder_nul(std::string_view s) {
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time (SSE2, on every x86-64): a high bit or a zero byte.
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (_mm_movemask_epi8(_mm_or_si128(x, _mm_cmpeq_epi8(x, _mm_setzero_si128()))) != 0)
      return false;
  }
#endif
  // The rest 8 bytes at a time: a high bit, or a zero byte (whose
  // borrow sets its high bit in w - 0x01..).
  constexpr std::uint64_t enen = 0x0101010101010101u, hoog = 0x8080808080808080u;
  const auto slecht = [](std::uint64_t w) { return ((w | (w - enen)) & hoog) != 0; };
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (slecht(w)) return false;
  }
  if (i == s.size()) return true;
  if (s.size() >= 8) {  // the last 8 bytes, some of them again
    std::uint64_t w;
    std::memcpy(&w, s.data() + s.size() - 8, 8);
    return !slecht(w);
  }
  if (s.size() >= 4) {  // 4 to 7 bytes: two 4-byte halves that may overlap
    std::uint32_t voor, achter;
    std::memcpy(&voor, s.data(), 4);
    std::memcpy(&achter, s.data() + s.size() - 4, 4);
    return !slecht(voor | (std::uint64_t{achter} << 32));
  }
  unsigned buiten = 0;
  for (; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    buiten |= (b & 0x80u) | static_cast<unsigned>(b == 0);
  }
  return buiten == 0;
}

// Whether `deel`, a part of raw's string (or raw's number as text), is
// ASCII without NUL: known from reading when the reader saw it, else scanned.
inline bool ascii_zonder_nul(const json::Knoop& raw, std::string_view deel) {
  return (raw.is_string() && raw.bekend_ascii()) || ascii_zonder_nul(deel);
}

// The codec's readers for a body node. The common cases read in place; all
// else, and every failure, goes through the same boost::json::value as
// boost::json::parse gives, so that the errors are the codec's own.
inline bool read_object_expected(const json::Knoop& raw, ErrorPath& err) {
  if (raw.is_object()) return true;
  err.add_at("nonFieldErrors", "invalid",
             fmt::format(fmt::runtime(msg::not_a_dict_nested), json::python_type_name(raw)));
  return false;
}

inline bool is_null_text(const json::Knoop& raw) {
  return raw.is_string() && json::detail::is_null_text(raw.als_value());
}

template <class T>
bool read_scalar(const json::Knoop& raw, T& out, ErrorPath& err) {
  if constexpr (std::is_same_v<T, bool>) {
    if (raw.is_bool()) return out = raw.get_bool(), true;
  } else if (raw.is_string()) {
    const std::string_view s = raw.get_string();
    if constexpr (std::is_same_v<T, std::string>) {
      return out.assign(s), true;
    } else if constexpr (std::is_same_v<T, Uuid>) {
      if (const auto u = json::parse_uuid(s)) return out = *u, true;
    } else if constexpr (std::is_same_v<T, Date>) {
      if (const auto d = json::parse_date(s)) return out = *d, true;
    } else if constexpr (std::is_same_v<T, DateTime>) {
      if (const auto t = json::parse_date_time(s)) return out = *t, true;
    } else if constexpr (is_named_enum_v<T>) {
      if (const auto e = enum_from_string<T>(s)) return out = *e, true;
    }
  }
  return json::detail::read(raw.als_value(), out, err, {});
}

// A text field: type, trim (KI-GEN-020), blank (KI-GEN-003), validators,
// max/min length (KI-GEN-004/005), characters (KI-GEN-019).
template <class S>
bool check_text(const json::Knoop& raw, std::string_view json, Opt opt, Field<std::string>& field,
                Walk<S>& w, ErrorPath& err) {
  std::string number_text;
  std::string_view text;
  if (raw.is_string()) {
    text = raw.get_string();
  } else {
    if (!read_scalar(raw, number_text, err)) return false;
    text = number_text;
  }
  const std::string_view trimmed = json::python_strip(text);
  if (trimmed.empty()) {
    if (opt.has(Opt::required) && !opt.has(Opt::allow_blank)) {
      err.add("blank", std::string(msg::blank));
      return false;
    }
    field = std::string();
    return true;  // an empty optional text skips every validator
  }
  const std::size_t before = err.count();
  Regels<S>::tekst(json, trimmed, w, err);
  const bool ascii = ascii_zonder_nul(raw, trimmed);
  const std::size_t len = ascii ? trimmed.size() : json::python_len(trimmed);
  if (opt.max_length && len > opt.max_length)
    err.add("max_length", fmt::format(fmt::runtime(msg::max_length), opt.max_length));
  if (opt.min_length && len < opt.min_length)
    err.add("min_length", fmt::format(fmt::runtime(msg::min_length), opt.min_length));
  if (!ascii) check_characters(trimmed, err);
  field.emplace(trimmed);
  return err.count() == before;
}

// KI-MD-001..003: metadata values, named by their parsed keys.
bool check_metadata(const json::Knoop& raw, Metadata& out, ErrorPath& err);

template <class T>
bool check_value(const json::Knoop& raw, T& out, const Options& opt,
                 const referentielijsten::Referentielijsten& lijsten,
                 std::span<const std::string_view> alleen_lezen, ErrorPath& err) {
  if constexpr (is_vector<T>::value) {
    if (!raw.is_array()) {  // KI-GEN-016
      err.add_at("nonFieldErrors", "not_a_list",
                 fmt::format(fmt::runtime(msg::not_a_list), json::python_type_name(raw)));
      return false;
    }
    bool ok = true;
    out.clear();
    out.reserve(raw.size());
    std::size_t i = 0;
    for (const json::Knoop& item : raw.elementen()) {
      PathSegment seg(err, i++);
      ok = check_value(item, out.emplace_back(standaard<typename T::value_type>()), opt, lijsten,
                       {}, err) &&
           ok;
    }
    return ok;
  } else if constexpr (is_described_v<T>) {
    if (!check_struct(raw, out, opt, lijsten, Modus::create, alleen_lezen, err, false))
      return false;
    using Doel = typename RefDoel<T>::type;
    if constexpr (!std::is_void_v<Doel>) {
      // KI-GEN-014: a reference must name an existing object (register only).
      if (opt.opzoeker && out.uuid.has_value() && !opt.opzoeker->template vind<Doel>(*out.uuid)) {
        err.add_at("uuid", "invalid",
                   fmt::format(fmt::runtime(msg::bestaat_niet), Resource<Doel>::naam));
        return false;
      }
    }
    return true;
  } else {
    return read_scalar(raw, out, err);
  }
}

template <class Variant, std::size_t I = 0>
void check_alternative(std::size_t index, const json::Knoop& raw, Field<Variant>& field,
                       const Options& opt, const referentielijsten::Referentielijsten& lijsten,
                       ErrorPath& err) {
  if constexpr (I < std::variant_size_v<Variant>) {
    if (index != I)
      return check_alternative<Variant, I + 1>(index, raw, field, opt, lijsten, err);
    // Built in place; an alternative that fails leaves the field absent.
    using Alt = std::variant_alternative_t<I, Variant>;
    auto& alt = std::get<I>(field.emplace(std::in_place_index<I>, standaard<Alt>()));
    if (!check_struct(raw, alt, opt, lijsten, Modus::create, {}, err, false)) field.reset();
  }
}

template <class S, class V>
void check_veld(const V& veld, std::size_t index, const json::detail::VeldNaam& naam,
                std::size_t struct_errors_before, Walk<S>& w,
                std::span<const std::string_view> alleen_lezen, ErrorPath& err) {
  using T = typename V::Type;
  if (veld.opt.has(Opt::read_only)) return;  // KI-GEN-021: ignored
  for (auto ro : alleen_lezen)
    if (ro == veld.json) return;
  auto& field = w.value().*(veld.member);
  const json::Knoop* raw = w.slots()[index];
  if (!raw) {  // KI-GEN-001 (PATCH: nothing is required)
    if (veld.opt.has(Opt::required) && w.modus() != Modus::partial)
      err.add_at(naam.fout, "required", std::string(msg::required));
    return;
  }
  PathSegment seg(err, naam.fout);
  const std::size_t before = err.count();
  if constexpr (std::is_same_v<T, bool>) {
    if (veld.opt.has(Opt::nullable) && is_null_text(*raw)) {  // KI-GEN-008
      field.set_null();
      return;
    }
  }
  if (raw->is_null()) {
    if (veld.opt.has(Opt::nullable))
      field.set_null();
    else
      err.add("null", std::string(msg::null));  // KI-GEN-002, KI-GEN-025
    return;
  }
  if constexpr (std::is_same_v<T, std::string>) {
    if (!check_text(*raw, veld.json, veld.opt, field, w, err)) return;
  } else if constexpr (std::is_same_v<T, Metadata>) {
    Metadata m;
    if (!check_metadata(*raw, m, err)) return;
    field = std::move(m);
  } else if constexpr (is_variant<T>::value) {
    // KI-AC-002, §0.4: the detail is checked only when every other property
    // passed, with the schema the discriminator selects.
    if (err.count() != struct_errors_before) return;
    const auto& soort = w.value().*(veld.discriminator);
    if (!soort.has_value()) return;  // ignored without a valid discriminator
    if (!raw->is_object()) {
      read_object_expected(*raw, err);
      return;
    }
    check_alternative<T>(static_cast<std::size_t>(*soort), *raw, field, w.options(), w.lijsten(),
                         err);
  } else {
    // Built in place; a value that fails leaves the field absent.
    if (!check_value(*raw, field.emplace(standaard<T>()), w.options(), w.lijsten(),
                     Regels<S>::alleen_lezen(veld.json), err)) {
      field.reset();
      return;
    }
  }
  if (err.count() == before) Regels<S>::na_veld(veld.json, w, err);
}

template <class S>
bool check_struct(const json::Knoop& body, S& out, const Options& opt,
                  const referentielijsten::Referentielijsten& lijsten, Modus modus,
                  std::span<const std::string_view> alleen_lezen, ErrorPath& err, bool top) {
  if (!read_object_expected(body, err)) return false;  // KI-GEN-015/024
  Walk<S> w(out, opt, lijsten, modus);
  w.set_top(top);
  for (const json::Lid kv : body.leden()) {
    const int i = json::detail::veld_index<S>(kv.key());
    if (i >= 0) w.slots()[static_cast<std::size_t>(i)] = &kv.value();  // last one wins
  }
  // Phase 2: every field, in the API's order.
  const std::size_t before = err.count();
  std::size_t i = 0;
  const auto& namen = json::detail::veld_namen<S>();
  for_each_veld<S>([&](const auto& veld) {
    check_veld(veld, i, namen[i], before, w, alleen_lezen, err);
    ++i;
  });
  if (err.count() != before) return false;
  // Phase 3: object-level rules; the first failing one is the only error.
  Regels<S>::object(w, err);
  if (err.count() != before) return false;
  // Phase 4 (the part that needs no stored data).
  if (top) Regels<S>::opslaan(w, err);
  return err.count() == before;
}

}  // namespace detail

template <class T>
struct Validated {
  // What Open Klant would store: trimmed, read-only and unknown keys dropped.
  // Default-initialised (see Standaard): every member has a constructor.
  T value;
  InvalidParams errors;
  bool ok() const { return errors.empty(); }
};

// Validates a request body of objecttype T as Open Klant's endpoint would.
template <class T>
Validated<T> validate(const json::Band& body, const Options& opt = {}) {
  Validated<T> v;
  json::ErrorPath err;
  const auto& lijsten = opt.referentielijsten ? *opt.referentielijsten
                                              : referentielijsten::Referentielijsten::ingebouwd();
  if (body.wortel().is_null())  // KI-GEN-024
    err.add_at("nonFieldErrors", "null", std::string(msg::no_data));
  else
    detail::check_struct(body.wortel(), v.value, opt, lijsten, opt.modus, {}, err, true);
  v.errors = err.take();
  return v;
}

template <class T>
Validated<T> validate(const boost::json::value& body, const Options& opt = {}) {
  const json::Band band(body);
  return validate<T>(band, opt);
}

// The text, read straight into a Band (no DOM is built). Malformed JSON gives
// json::parse's one `parse_error`.
template <class T>
Validated<T> validate(std::string_view text, const Options& opt = {}) {
  InvalidParams errors;
  json::Band band;
  if (!json::lees(text, band, errors, opt.limieten)) return {T{}, std::move(errors)};
  return validate<T>(band, opt);
}

}  // namespace ki::rules
