// KI-AC: the Actor details. (KI-AC-001 needs stored data.)

#include "klantinteracties/rules/actor.hpp"

#include "gedeeld.hpp"

namespace ki::rules {

void Regels<Medewerker>::tekst(std::string_view veld, std::string_view v, const Walk<Medewerker>&,
                               json::ErrorPath& err) {
  if (veld == "telefoonnummer") check_telefoonnummer(v, err);  // KI-AC-005
  if (veld == "emailadres") check_emailadres(v, err);          // KI-EML-002
}

void Regels<OrganisatorischeEenheid>::tekst(std::string_view veld, std::string_view v,
                                            const Walk<OrganisatorischeEenheid>&,
                                            json::ErrorPath& err) {
  if (veld == "telefoonnummer") check_telefoonnummer(v, err);  // KI-AC-005 (not faxnummer)
  if (veld == "emailadres") check_emailadres(v, err);          // KI-EML-002
}

}  // namespace ki::rules
