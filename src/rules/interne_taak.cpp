// KI-IT: InterneTaak.

#include "klantinteracties/rules/interne_taak.hpp"

#include "gedeeld.hpp"

namespace ki::rules {

void Regels<InterneTaak>::tekst(std::string_view veld, std::string_view v,
                                const Walk<InterneTaak>&, json::ErrorPath& err) {
  if (veld == "nummer" || veld == "referentienummer") check_nummer(v, err);  // KI-IT-005
}

void Regels<InterneTaak>::na_veld(std::string_view veld, const Walk<InterneTaak>& w,
                                  json::ErrorPath& err) {
  if (w.strict() && veld == "afgehandeldOp") check_tijdzone_strict(w.value().afgehandeldOp, err);
}

void Regels<InterneTaak>::object(const Walk<InterneTaak>& w, json::ErrorPath& err) {
  const bool enkel = w.present("toegewezenAanActor");
  const bool lijst = w.present("toegewezenAanActoren");
  if (enkel && lijst) {  // KI-IT-002
    err.add_at("nonFieldErrors", "invalid",
               "`toegewezen_aan_actor` en `toegewezen_aan_actoren` mag niet beiden gebruikt "
               "worden.");
    return;
  }
  if (!enkel && !lijst && w.modus() != Modus::partial) {  // KI-IT-003
    err.add_at("nonFieldErrors", "invalid",
               "`toegewezen_aan_actor` of `toegewezen_aan_actoren` is required (mag niet beiden "
               "gebruiken).");
    return;
  }
  // KI-IT-001, with the status of the request (the stored one is the register's).
  const auto& t = w.value();
  if (t.afgehandeldOp.has_value() && t.status.has_value() && *t.status != Status::verwerkt) {
    err.add_at("afgehandeldOp", "invalid",
               "De Internetaak kan geen afgehandeld op datum bevatten als de status niet op "
               "'verwerkt' staat.");
    return;
  }
  // KI-VNG-004 / KI-IT-007 (strict profile only): a task is assigned to an actor.
  if (w.strict() && lijst && !enkel && t.toegewezenAanActoren.has_value() &&
      t.toegewezenAanActoren->empty())
    err.add_at("toegewezenAanActoren", "strict_actor_vereist",
               "Een interne taak is altijd toegewezen aan een actor.");
}

}  // namespace ki::rules
