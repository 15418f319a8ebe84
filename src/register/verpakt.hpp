#pragma once
// The stored form of an object: its described fields packed into one
// allocation. The API structs hold every optional field inline (a Partij is
// over 2 KiB whatever it holds); packed, an object costs what it holds: a
// state byte per field, texts length-prefixed, uuids as 16 bytes, enums as
// their index. pak_uit(pak(x)) == x for every value of every described type.

#include <boost/json/value.hpp>

#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "klantinteracties/model.hpp"

namespace ki::opslag {

// Owned bytes behind one pointer, after a header: the volgnummer the
// register gives the object (its place in creation order) and the length.
class Verpakt {
public:
  Verpakt() = default;
  explicit Verpakt(std::string_view bytes, std::uint64_t volgnummer = 0)
      : p_(std::make_unique_for_overwrite<char[]>(kKop + bytes.size())) {
    const auto n = static_cast<std::uint32_t>(bytes.size());
    std::memcpy(p_.get(), &volgnummer, sizeof volgnummer);
    std::memcpy(p_.get() + sizeof volgnummer, &n, sizeof n);
    std::memcpy(p_.get() + kKop, bytes.data(), bytes.size());
  }
  Verpakt(const Verpakt& o) : Verpakt(o.bytes(), o.volgnummer()) {}
  Verpakt& operator=(const Verpakt& o) {
    if (this != &o) *this = Verpakt(o);
    return *this;
  }
  Verpakt(Verpakt&&) noexcept = default;
  Verpakt& operator=(Verpakt&&) noexcept = default;

  std::string_view bytes() const {
    if (!p_) return {};
    std::uint32_t n;
    std::memcpy(&n, p_.get() + sizeof(std::uint64_t), sizeof n);
    return {p_.get() + kKop, n};
  }
  std::uint64_t volgnummer() const {
    std::uint64_t nr = 0;
    if (p_) std::memcpy(&nr, p_.get(), sizeof nr);
    return nr;
  }
  // The uuid of a packed resource: its first field, present when stored
  // (a state byte, then the 16 bytes).
  Uuid uuid() const {
    Uuid u{};
    if (bytes().size() > sizeof u.data) std::memcpy(u.data, bytes().data() + 1, sizeof u.data);
    return u;
  }

private:
  static constexpr std::size_t kKop = sizeof(std::uint64_t) + sizeof(std::uint32_t);
  std::unique_ptr<char[]> p_;
};

namespace verpakken {

struct Schrijver {
  std::string& uit;

  void byte(std::uint8_t b) { uit.push_back(static_cast<char>(b)); }
  void getal(std::uint64_t n) {  // LEB128
    while (n >= 0x80) {
      byte(static_cast<std::uint8_t>(n | 0x80));
      n >>= 7;
    }
    byte(static_cast<std::uint8_t>(n));
  }
  void met_teken(std::int64_t n) {  // zigzag
    getal((static_cast<std::uint64_t>(n) << 1) ^ static_cast<std::uint64_t>(n >> 63));
  }
  void tekst(std::string_view s) {
    getal(s.size());
    uit.append(s);
  }
};

// Reads what Schrijver wrote; a read past the end is a bug, not bad input.
struct Lezer {
  std::string_view in;

  std::uint8_t byte() {
    if (in.empty()) throw std::logic_error("opslag: verpakt object te kort");
    const auto b = static_cast<std::uint8_t>(in.front());
    in.remove_prefix(1);
    return b;
  }
  std::uint64_t getal() {
    std::uint64_t n = 0;
    for (int shift = 0;; shift += 7) {
      const std::uint8_t b = byte();
      n |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return n;
    }
  }
  std::int64_t met_teken() {
    const std::uint64_t z = getal();
    return static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1);
  }
  std::string_view stuk(std::size_t n) {
    if (n > in.size()) throw std::logic_error("opslag: verpakt object te kort");
    const auto s = in.substr(0, n);
    in.remove_prefix(n);
    return s;
  }
  std::string_view tekst() { return stuk(getal()); }
};

template <class T>
void schrijf(Schrijver& s, const T& x);
template <class T>
void lees(Lezer& l, T& x);
template <class V, std::size_t... I>
void lees_alternatief(Lezer& l, V& x, std::uint64_t index, std::index_sequence<I...>);

// Members without a field of their own, as JSON values kind by kind (not as
// text: a double does not always come back from Boost.JSON's text to the
// same bits).
inline void schrijf_json(Schrijver& s, const boost::json::value& v);
inline void schrijf_object(Schrijver& s, const boost::json::object& o) {
  s.getal(o.size());
  for (const auto& kv : o) {
    s.tekst(kv.key());
    schrijf_json(s, kv.value());
  }
}
inline void schrijf_json(Schrijver& s, const boost::json::value& v) {
  s.byte(static_cast<std::uint8_t>(v.kind()));
  switch (v.kind()) {
    case boost::json::kind::null: break;
    case boost::json::kind::bool_: s.byte(v.get_bool() ? 1 : 0); break;
    case boost::json::kind::int64: s.met_teken(v.get_int64()); break;
    case boost::json::kind::uint64: s.getal(v.get_uint64()); break;
    case boost::json::kind::double_: {
      const double d = v.get_double();
      s.uit.append(reinterpret_cast<const char*>(&d), sizeof d);
      break;
    }
    case boost::json::kind::string: s.tekst(v.get_string()); break;
    case boost::json::kind::array:
      s.getal(v.get_array().size());
      for (const auto& e : v.get_array()) schrijf_json(s, e);
      break;
    case boost::json::kind::object: schrijf_object(s, v.get_object()); break;
  }
}
inline boost::json::value lees_json(Lezer& l);
// The members into `o`, which has none yet. With none to read (nearly every
// object), `o` is not touched: no calls into Boost.JSON.
inline void lees_leden(Lezer& l, boost::json::object& o) {
  for (auto n = l.getal(); n > 0; --n) {
    const auto key = l.tekst();
    o[key] = lees_json(l);
  }
}
inline boost::json::object lees_object(Lezer& l) {
  boost::json::object o;
  lees_leden(l, o);
  return o;
}
inline boost::json::value lees_json(Lezer& l) {
  switch (static_cast<boost::json::kind>(l.byte())) {
    case boost::json::kind::null: return nullptr;
    case boost::json::kind::bool_: return l.byte() != 0;
    case boost::json::kind::int64: return l.met_teken();
    case boost::json::kind::uint64: return l.getal();
    case boost::json::kind::double_: {
      double d;
      std::memcpy(&d, l.stuk(sizeof d).data(), sizeof d);
      return d;
    }
    case boost::json::kind::string: return boost::json::string(l.tekst());
    case boost::json::kind::array: {
      boost::json::array a;
      a.resize(l.getal());
      for (auto& e : a) e = lees_json(l);
      return a;
    }
    case boost::json::kind::object: return lees_object(l);
  }
  throw std::logic_error("opslag: onbekende JSON-soort in verpakt object");
}

template <class T>
void schrijf(Schrijver& s, const T& x) {
  if constexpr (std::is_same_v<T, std::string>) {
    s.tekst(x);
  } else if constexpr (std::is_same_v<T, Uuid>) {
    s.uit.append(reinterpret_cast<const char*>(x.data), sizeof x.data);
  } else if constexpr (std::is_same_v<T, bool>) {
    s.byte(x ? 1 : 0);
  } else if constexpr (std::is_enum_v<T>) {
    s.getal(static_cast<std::uint64_t>(x));
  } else if constexpr (std::is_integral_v<T>) {
    s.met_teken(x);
  } else if constexpr (std::is_same_v<T, Date>) {
    s.met_teken(x.jaar);
    s.met_teken(x.maand);
    s.met_teken(x.dag);
  } else if constexpr (std::is_same_v<T, DateTime>) {
    schrijf(s, x.datum);
    for (int n : {x.uur, x.minuut, x.seconde, x.microseconde, x.fractie_cijfers, x.offset_minuten})
      s.met_teken(n);
    s.byte(static_cast<std::uint8_t>(x.zone));
  } else if constexpr (std::is_same_v<T, Metadata>) {
    s.getal(x.size());
    for (const auto& [k, v] : x) {
      s.tekst(k);
      s.tekst(v);
    }
  } else if constexpr (is_vector<T>::value) {
    s.getal(x.size());
    for (const auto& e : x) schrijf(s, e);
  } else if constexpr (is_variant<T>::value) {
    s.getal(x.index());
    std::visit([&](const auto& a) { schrijf(s, a); }, x);
  } else if constexpr (is_box<T>::value) {
    schrijf(s, *x);
  } else {
    static_assert(is_described_v<T>, "no packed form for this type");
    for_each_veld<T>([&](const auto& veld) {
      const auto& f = x.*(veld.member);
      s.byte(static_cast<std::uint8_t>(f.state()));
      if (f.has_value()) schrijf(s, *f);
    });
    if constexpr (requires { x.unknown; }) schrijf_object(s, x.unknown);
  }
}

template <class T>
void lees(Lezer& l, T& x) {
  auto int_ = [&] { return static_cast<int>(l.met_teken()); };
  if constexpr (std::is_same_v<T, std::string>) {
    x = l.tekst();
  } else if constexpr (std::is_same_v<T, Uuid>) {
    std::memcpy(x.data, l.stuk(sizeof x.data).data(), sizeof x.data);
  } else if constexpr (std::is_same_v<T, bool>) {
    x = l.byte() != 0;
  } else if constexpr (std::is_enum_v<T>) {
    x = static_cast<T>(l.getal());
  } else if constexpr (std::is_integral_v<T>) {
    x = static_cast<T>(l.met_teken());
  } else if constexpr (std::is_same_v<T, Date>) {
    x.jaar = int_();
    x.maand = int_();
    x.dag = int_();
  } else if constexpr (std::is_same_v<T, DateTime>) {
    lees(l, x.datum);
    for (int* n :
         {&x.uur, &x.minuut, &x.seconde, &x.microseconde, &x.fractie_cijfers, &x.offset_minuten})
      *n = int_();
    x.zone = static_cast<DateTime::Zone>(l.byte());
  } else if constexpr (std::is_same_v<T, Metadata>) {
    x.resize(l.getal());
    for (auto& [k, v] : x) {
      k = l.tekst();
      v = l.tekst();
    }
  } else if constexpr (is_vector<T>::value) {
    x.resize(l.getal());
    for (auto& e : x) lees(l, e);
  } else if constexpr (is_variant<T>::value) {
    lees_alternatief(l, x, l.getal(), std::make_index_sequence<std::variant_size_v<T>>{});
  } else if constexpr (is_box<T>::value) {
    lees(l, *x);
  } else {
    for_each_veld<T>([&](const auto& veld) {
      auto& f = x.*(veld.member);
      using State = typename std::decay_t<decltype(f)>::State;
      const auto state = static_cast<State>(l.byte());
      if (state == State::null) f.set_null();
      if (state == State::value) lees(l, f.emplace());
    });
    if constexpr (requires { x.unknown; }) lees_leden(l, x.unknown);  // x is new, as its fields
  }
}

template <class V, std::size_t... I>
void lees_alternatief(Lezer& l, V& x, std::uint64_t index, std::index_sequence<I...>) {
  (void)((index == I ? (lees(l, x.template emplace<I>()), true) : false) || ...);
}

}  // namespace verpakken

template <class T>
Verpakt pak(const T& x, std::uint64_t volgnummer = 0) {
  thread_local std::string buffer;
  buffer.clear();
  verpakken::Schrijver s{buffer};
  verpakken::schrijf(s, x);
  Verpakt v(buffer, volgnummer);
  if (buffer.capacity() > 64 * 1024) std::string().swap(buffer);  // not kept after a large object
  return v;
}

template <class T>
T pak_uit(const Verpakt& v) {
  T x{};
  verpakken::Lezer l{v.bytes()};
  verpakken::lees(l, x);
  return x;
}

}  // namespace ki::opslag
