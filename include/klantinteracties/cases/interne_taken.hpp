#pragma once
// Handling interne taken, from te_verwerken to verwerkt:
//   C2984  Medewerker belt op verzoek van KCC klant terug (spec/cases.md §3.4);
//   C9708  Medewerker beantwoordt een vraag n.a.v. een interne taak (§3.13);
//   C2716  Medewerker maakt een zaak aan n.a.v. een interne taak (§3.12).
// Closing a task (PATCH status verwerkt) is always the last write of a step;
// the register then fills afgehandeldOp.

#include <optional>
#include <string>
#include <vector>

#include "klantinteracties/cases/c9018.hpp"

namespace ki::cases {

// F3839: the tasks with status te_verwerken assigned to `actor` (an employee
// or an organisatorische eenheid), oldest first.
std::vector<InterneTaak> open_interne_taken(const Register& reg, const Uuid& actor);

// F8618/F4936/F0138/F6634: how to reach the klant of a klantcontact — the
// contact data registered with its betrokkene (rol klant, the initiator
// first), else its partij's (the voorkeursDigitaalAdres, else a standaard
// adres, else the first of each soort). Empty when the contact is unknown.
Contactgegevens contactgegevens_bij_klantcontact(const Register& reg, const Uuid& klantcontact);

// F5241: PATCH status verwerkt (and the toelichting, when not empty).
struct TaakStap : Uitkomst {
  Uuid interneTaak{};
};
TaakStap rond_taak_af(Register& reg, const Uuid& interneTaak, const std::string& toelichting = {},
                      const Opties& opties = {});

// C2984: the contact data to call back with, and the task closed.
struct C2984Uitkomst : Uitkomst {
  Uuid interneTaak{};
  Uuid klantcontact{};  // the aanleidinggevend klantcontact
  Contactgegevens contactgegevens{};
};
C2984Uitkomst c2984(Register& reg, const Uuid& interneTaak, const std::string& toelichting = {},
                    const Opties& opties = {});

// C9708 / C2716: an employee handles a task.
struct Taakafhandeling {
  Uuid interneTaak{};
  Uuid medewerker{};
  // The answer to the klant as a new klantcontact (inhoud: the answer; the
  // channel chosen as contactgegevens_bij_klantcontact suggests). Its
  // betrokkenen are copies of the original contact's, with initiator false,
  // and an onderwerpobject links the question's contact (wasKlantcontact) to
  // the answer's (klantcontact). Required for C9708; for C2716 optional.
  std::optional<KlantcontactGegevens> antwoord{};
  // C2716: the zaak created, linked to the task's klantcontact (required).
  std::optional<Objectverwijzing> zaak{};
  // Variant B: follow-up by a colleague (on the answer's klantcontact, else
  // on the task's).
  std::optional<InterneTaakGegevens> vervolgtaak{};
  std::string toelichting{};  // on the closed task; empty: unchanged
};

struct TaakafhandelingUitkomst : Uitkomst {
  Uuid interneTaak{};
  std::optional<Uuid> klantcontact{};        // the answer
  std::optional<Uuid> actorKlantcontact{};
  std::vector<Uuid> betrokkenen{};           // the copies
  std::vector<Uuid> digitaleAdressen{};      // the copies' own addresses
  std::optional<Uuid> onderwerpobject{};     // question -> answer
  std::optional<Uuid> zaakOnderwerpobject{}; // C2716: the zaak
  std::optional<Uuid> vervolgtaak{};
};

TaakafhandelingUitkomst c9708(Register& reg, const Taakafhandeling& invoer,
                              const Opties& opties = {});
TaakafhandelingUitkomst c2716(Register& reg, const Taakafhandeling& invoer,
                              const Opties& opties = {});

}  // namespace ki::cases
