#pragma once
// Random valid objects of any described type, derived from its Describe<T>
// (required fields always set, null only where nullable, texts within
// max_length, enum values from EnumNames), from a fixed seed. Texts mix
// ASCII, JSON escapes and multi-byte characters.

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/model.hpp"

namespace ki::eigenschappen {

class Willekeurig {
public:
  explicit Willekeurig(std::uint64_t seed) : rng_(seed) {}

  bool kans(int procent) { return getal(0, 99) < procent; }
  int getal(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  std::uint64_t bits() { return rng_(); }

  // A UTF-8 text of `min`..`max` characters (code points, as max_length counts).
  std::string tekst(std::size_t min, std::size_t max) {
    static constexpr std::string_view stukken[] = {
        "a", "Z", "0", " ", "-", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f",
        "é", "ß", "ij", "€", "漢", "\xF0\x9F\x98\x80" /* U+1F600 */, "\xE2\x80\xA8" /* U+2028 */};
    if (max == 0) max = 40;
    std::size_t n = static_cast<std::size_t>(getal(static_cast<int>(min), static_cast<int>(std::min<std::size_t>(max, 24))));
    if (kans(10)) n = max;  // the boundary itself
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += stukken[static_cast<std::size_t>(getal(0, std::size(stukken) - 1))];
    return s;
  }

  template <class S>
  S object(int diepte = 0) {
    S s{};
    for_each_veld<S>([&](const auto& veld) {
      if (veld.json == "_expand") return;  // never parsed: kept as an unknown member
      auto& f = s.*(veld.member);
      using V = typename std::decay_t<decltype(veld)>::Type;
      if constexpr (requires { veld.discriminator; }) {
        // The detail is read by its soort, which comes earlier in field order.
        const auto& soort = s.*(veld.discriminator);
        if (!soort.has_value() || kans(20)) return;
        f = alternatief<V>(static_cast<std::size_t>(*soort), diepte);
      } else {
        const bool verplicht = veld.opt.has(Opt::required);
        if (!verplicht && (diepte > 3 || kans(25))) return;
        if (!verplicht && veld.opt.has(Opt::nullable) && kans(15)) {
          f.set_null();
          return;
        }
        f = waarde<V>(veld.opt, diepte);
      }
    });
    return s;
  }

  template <class T>
  T waarde(Opt opt, int diepte) {
    if constexpr (std::is_same_v<T, std::string>) {
      const std::size_t min = std::max<std::size_t>(opt.min_length, opt.has(Opt::allow_blank) ? 0 : 1);
      return tekst(min, opt.max_length);
    } else if constexpr (std::is_same_v<T, bool>) {
      return kans(50);
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      return getal(0, 99999);
    } else if constexpr (std::is_same_v<T, Uuid>) {
      Uuid u{};
      for (auto& b : u) b = static_cast<std::uint8_t>(bits());
      return u;
    } else if constexpr (std::is_same_v<T, Date>) {
      return *json::parse_date(datum());
    } else if constexpr (std::is_same_v<T, DateTime>) {
      std::string t = datum() + fmt::format("T{:02}:{:02}:{:02}", getal(0, 23), getal(0, 59), getal(0, 59));
      if (kans(50)) t += "." + std::string(static_cast<std::size_t>(getal(1, 6)), '0' + static_cast<char>(getal(0, 9)));
      // With a zone: a naive moment is written with `Z` (as Open Klant writes
      // it), so it does not come back naive.
      if (kans(50))
        t += "Z";
      else
        t += fmt::format("{}{:02}:{:02}", kans(50) ? '+' : '-', getal(0, 14), getal(0, 1) * 30);
      auto d = json::parse_date_time(t);
      REQUIRE_MESSAGE(d.has_value(), t);
      return *d;
    } else if constexpr (std::is_same_v<T, Metadata>) {
      Metadata m;
      for (int i = getal(0, 3); i > 0; --i) m.emplace_back(fmt::format("sleutel{}", i), tekst(0, 20));
      return m;
    } else if constexpr (is_named_enum_v<T>) {
      return static_cast<T>(getal(0, static_cast<int>(EnumNames<T>::waarden.size()) - 1));
    } else if constexpr (is_vector<T>::value) {
      T lijst;
      for (int i = diepte > 3 ? 0 : getal(0, 3); i > 0; --i)
        lijst.push_back(waarde<typename T::value_type>({}, diepte + 1));
      return lijst;
    } else if constexpr (is_box<T>::value) {
      return T(waarde<std::decay_t<decltype(*std::declval<T&>())>>(opt, diepte));
    } else {
      static_assert(is_described_v<T>, "no generator for this type");
      return object<T>(diepte + 1);
    }
  }

private:
  std::string datum() {
    return fmt::format("{:04}-{:02}-{:02}", getal(1900, 2100), getal(1, 12), getal(1, 28));
  }

  // The alternative of a polymorphic detail that its soort selects.
  template <class Var, std::size_t I = 0>
  Var alternatief(std::size_t index, int diepte) {
    if constexpr (I + 1 < std::variant_size_v<Var>)
      if (index != I) return alternatief<Var, I + 1>(index, diepte);
    using A = std::variant_alternative_t<I, Var>;
    return Var(std::in_place_index<I>, waarde<A>({}, diepte));
  }

  std::mt19937_64 rng_;
};

}  // namespace ki::eigenschappen
