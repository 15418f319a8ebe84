#pragma once
// Rekeningnummer (model.md §5.7).

#include <string>

#include "klantinteracties/model/ref.hpp"

namespace ki {

struct Partij;

struct Rekeningnummer {
  Field<Uuid> uuid;
  Field<std::string> url;
  Field<Ref<Partij>> partij;
  Field<std::string> iban;
  Field<std::string> bic;
  Unknown unknown;
  friend bool operator==(const Rekeningnummer&, const Rekeningnummer&) = default;
};

template <>
struct Resource<Rekeningnummer> {
  static constexpr std::string_view naam = "Rekeningnummer";
  static constexpr std::string_view collectie = "rekeningnummers";
};

template <>
struct Describe<Rekeningnummer> {
  static constexpr std::string_view naam = "Rekeningnummer";
  static constexpr auto velden = std::tuple{
      veld("uuid", &Rekeningnummer::uuid, read_only),
      veld("url", &Rekeningnummer::url, read_only | max_length(1000)),
      veld("partij", &Rekeningnummer::partij, nullable),
      veld("iban", &Rekeningnummer::iban, required | max_length(34)),
      veld("bic", &Rekeningnummer::bic, max_length(11) | min_length(8)),
  };
};

}  // namespace ki
