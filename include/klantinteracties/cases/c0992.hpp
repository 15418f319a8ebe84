#pragma once
// C0992 — Klant belt KCC met een vraag die direct beantwoord kan worden
// (spec/cases.md §3.1). Without an established identity nothing is
// registered (an anonymous call without follow-up); with it the klantcontact
// (question and answer), the employee and the klant's betrokkene.

#include <optional>

#include "klantinteracties/cases/c9018.hpp"

namespace ki::cases {

struct C0992Invoer {
  Uuid medewerker{};
  // inhoud: the question and the answer (or the answer in reactie).
  KlantcontactGegevens klantcontact{};
  // The authenticated klant; none: identity not established.
  std::optional<Klant> klant{};
};

struct C0992Uitkomst : Uitkomst {
  bool geregistreerd = false;  // false: no identity, nothing stored (antwoord 200)
  Uuid klantcontact{};
  Uuid actorKlantcontact{};
  KlantRegistratie klant{};
};

C0992Uitkomst c0992(Register& reg, const C0992Invoer& invoer, const Opties& opties = {});

}  // namespace ki::cases
