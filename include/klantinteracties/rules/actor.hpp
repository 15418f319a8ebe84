#pragma once
// Rules of the Actor details (validation.md §9, KI-AC).

#include "klantinteracties/model.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

template <>
struct Regels<Medewerker> : GeenRegels<Medewerker> {
  static void tekst(std::string_view veld, std::string_view v, const Walk<Medewerker>& w,
                    json::ErrorPath& err);
};

template <>
struct Regels<OrganisatorischeEenheid> : GeenRegels<OrganisatorischeEenheid> {
  static void tekst(std::string_view veld, std::string_view v,
                    const Walk<OrganisatorischeEenheid>& w, json::ErrorPath& err);
};

}  // namespace ki::rules
