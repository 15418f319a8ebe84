#pragma once
// The one description of every objecttype: for each field its JSON name,
// whether it is required on create, nullable, read-only, and its limits. The
// codec, the generic field checks and the error names are derived from it.
//
//   template <> struct Describe<Bijlage> {
//     static constexpr std::string_view naam = "Bijlage";
//     static constexpr auto velden = std::tuple{
//         veld("uuid", &Bijlage::uuid, read_only), ...};
//   };

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

#include "klantinteracties/model/field.hpp"

namespace ki {

// Flags and limits of one field; combine with `|`.
struct Opt {
  enum : std::uint16_t {
    required = 1u << 0,       // must be present on create and update (Create = R)
    nullable = 1u << 1,       // JSON null is accepted in a request
    read_only = 1u << 2,      // set by the server; ignored in a request
    key_required = 1u << 3,   // the key must be present on create, null allowed (Create = K)
    allow_blank = 1u << 4,    // a required text that may be "" (partijIdentificator.objectId)
    not_trimmed = 1u << 5,    // text compared as sent (never trimmed)
  };
  std::uint16_t flags = 0;
  std::uint16_t max_length = 0;  // 0: no limit
  std::uint16_t min_length = 0;

  constexpr bool has(std::uint16_t f) const { return (flags & f) != 0; }
  friend constexpr Opt operator|(Opt a, Opt b) {
    return {static_cast<std::uint16_t>(a.flags | b.flags),
            b.max_length ? b.max_length : a.max_length,
            b.min_length ? b.min_length : a.min_length};
  }
};

inline constexpr Opt optional_{};
inline constexpr Opt required{Opt::required};
inline constexpr Opt nullable{Opt::nullable};
inline constexpr Opt read_only{Opt::read_only};
inline constexpr Opt key_required{Opt::key_required};
inline constexpr Opt allow_blank{Opt::allow_blank};
constexpr Opt max_length(std::uint16_t n) { return {0, n, 0}; }
constexpr Opt min_length(std::uint16_t n) { return {0, 0, n}; }

// One described field of struct S holding a Field<T>.
template <class S, class T>
struct Veld {
  using Struct = S;
  using Type = T;
  std::string_view json;  // the camelCase property name
  Field<T> S::*member;
  Opt opt;
};

template <class S, class T>
constexpr Veld<S, T> veld(std::string_view json, Field<T> S::*member, Opt opt = {}) {
  return {json, member, opt};
}

// A polymorphic field: a std::variant whose alternative is chosen by the enum
// value of another field of the same struct (alternative index == enum value).
template <class S, class V, class E>
struct PolyVeld {
  using Struct = S;
  using Type = V;
  std::string_view json;
  Field<V> S::*member;
  Field<E> S::*discriminator;
  Opt opt;
};

template <class S, class V, class E>
constexpr PolyVeld<S, V, E> poly_veld(std::string_view json, Field<V> S::*member,
                                      Field<E> S::*discriminator, Opt opt = {}) {
  return {json, member, discriminator, opt};
}

// Primary templates: specialised once per described struct and per enum.
template <class S>
struct Describe;

template <class E>
struct EnumNames;  // static constexpr std::array<std::string_view, N> waarden, in enum order

template <class S, class = void>
struct is_described : std::false_type {};
template <class S>
struct is_described<S, std::void_t<decltype(Describe<S>::velden)>> : std::true_type {};
template <class S>
inline constexpr bool is_described_v = is_described<S>::value;

template <class E, class = void>
struct is_named_enum : std::false_type {};
template <class E>
struct is_named_enum<E, std::void_t<decltype(EnumNames<E>::waarden)>> : std::true_type {};
template <class E>
inline constexpr bool is_named_enum_v = is_named_enum<E>::value;

// The wire text of an enum value.
template <class E>
constexpr std::string_view to_string(E e) requires is_named_enum_v<E> {
  return EnumNames<E>::waarden[static_cast<std::size_t>(e)];
}

// The enum value of a wire text (exact, case-sensitive, untrimmed).
template <class E>
constexpr std::optional<E> enum_from_string(std::string_view s) requires is_named_enum_v<E> {
  const auto& w = EnumNames<E>::waarden;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (w[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

// Calls f(veld) for every described field of S, in the API's output order.
template <class S, class F>
constexpr void for_each_veld(F&& f) {
  std::apply([&](const auto&... v) { (f(v), ...); }, Describe<S>::velden);
}

template <class S>
constexpr std::size_t veld_count() {
  return std::tuple_size_v<std::decay_t<decltype(Describe<S>::velden)>>;
}

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
struct is_variant : std::false_type {};
template <class... T>
struct is_variant<std::variant<T...>> : std::true_type {};

template <class T>
struct is_box : std::false_type {};
template <class T>
struct is_box<Box<T>> : std::true_type {};

}  // namespace ki
