// The seven lists and their built-in filling (referentielijsten.md §2, §6).

#include <array>

#include "data.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace ki::referentielijsten {

namespace {

// Order follows enum Lijst; the codes name the tables in a Referentielijsten
// API (`KANAAL` as in Open Klant's tests, KI-KAN-001; the others by analogy).
constexpr std::array<std::string_view, 7> kTabelCodes{
    "KANAAL", "LAND", "TAAL", "SOORT_DIGITAAL_ADRES", "SOORT_OBJECT", "SOORT_OBJECT_ID", "EXTERN_REGISTER"};

std::vector<Item> items(std::span<const detail::Rij> rijen) {
  std::vector<Item> out;
  out.reserve(rijen.size());
  for (const auto& r : rijen) out.push_back(Item{std::string(r.code), std::string(r.naam), {}, {}, true});
  return out;
}

// §6: Open Klant checks `land` against ISO 3166 (no names in the source).
std::vector<Item> landen() {
  std::vector<Item> out;
  for (const auto code : detail::iso3166()) out.push_back(Item{std::string(code), {}, {}, {}, true});
  return out;
}

}  // namespace

Referentielijsten::Referentielijsten() {
  tabellen_.reserve(kTabelCodes.size());
  for (std::size_t i = 0; i < kTabelCodes.size(); ++i)
    tabellen_.push_back(Tabel{static_cast<Lijst>(i), std::string(kTabelCodes[i]), {}});
}

// §2.1: Kanaal stays empty and KI-KAN-001 validation off, as in Open Klant.
Referentielijsten Referentielijsten::standaard() {
  Referentielijsten r;
  r.tabellen_[static_cast<std::size_t>(Lijst::land)].items = landen();
  r.tabellen_[static_cast<std::size_t>(Lijst::taal)].items = items(detail::talen());
  r.tabellen_[static_cast<std::size_t>(Lijst::soort_digitaal_adres)].items =
      items(detail::soorten_digitaal_adres());
  r.tabellen_[static_cast<std::size_t>(Lijst::soort_object)].items = items(detail::soorten_object());
  r.tabellen_[static_cast<std::size_t>(Lijst::soort_object_id)].items = items(detail::soorten_object_id());
  r.tabellen_[static_cast<std::size_t>(Lijst::extern_register)].items = items(detail::externe_registers());
  return r;
}

}  // namespace ki::referentielijsten

namespace ki::referentielijsten {

const Referentielijsten& Referentielijsten::ingebouwd() {
  static const Referentielijsten lijsten = standaard();
  return lijsten;
}

}  // namespace ki::referentielijsten
