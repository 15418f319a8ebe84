#pragma once
// C9167 — Vraag niet direct te beantwoorden; klant vraagt een terugbelverzoek
// (spec/cases.md §3.3). The klantcontact with the question, the employee, an
// interne taak "Terugbellen" for a department, and the klant's contact data
// on a betrokkene:
//   variant A  unknown person: AlleenContactgegevens (no partij);
//   variant B  known partij: KlantBekend, with a name or number of its own
//              only if the klant wants to be reached differently;
//   variant C  known person, not yet a partij: NieuwePartij, then as B.
// The call-back itself is C2984 (interne_taken.hpp).

#include "klantinteracties/cases/c9018.hpp"

namespace ki::cases {

struct C9167Invoer {
  Uuid medewerker{};
  KlantcontactGegevens klantcontact{};  // inhoud: the question
  // gevraagdeHandeling "Terugbellen", toegewezenAanActoren: the department.
  InterneTaakGegevens terugbelverzoek{};
  Klant klant{};
};

struct C9167Uitkomst : Uitkomst {
  Uuid klantcontact{};
  Uuid actorKlantcontact{};
  Uuid interneTaak{};
  KlantRegistratie klant{};
};

C9167Uitkomst c9167(Register& reg, const C9167Invoer& invoer, const Opties& opties = {});

}  // namespace ki::cases
