#pragma once
// The whole model of the Klantinteracties API (Open Klant 2.18, API 0.9.0).

#include "klantinteracties/model/actor.hpp"           // IWYU pragma: export
#include "klantinteracties/model/digitaal_adres.hpp"  // IWYU pragma: export
#include "klantinteracties/model/gegevensgroepen.hpp" // IWYU pragma: export
#include "klantinteracties/model/interne_taak.hpp"    // IWYU pragma: export
#include "klantinteracties/model/klantcontact.hpp"    // IWYU pragma: export
#include "klantinteracties/model/partij.hpp"          // IWYU pragma: export
#include "klantinteracties/model/pagina.hpp"          // IWYU pragma: export
#include "klantinteracties/model/ref.hpp"             // IWYU pragma: export
#include "klantinteracties/model/rekeningnummer.hpp"  // IWYU pragma: export

#include <tuple>

namespace ki {

// Every resource type (a collection of the API), in dependency order: the
// order the register stores, lists and snapshots them in.
using Resources = std::tuple<Klantcontact, Betrokkene, Onderwerpobject, Bijlage, ActorKlantcontact,
                             Actor, InterneTaak, Partij, PartijIdentificator, DigitaalAdres,
                             Rekeningnummer, Vertegenwoordigden, Categorie, CategorieRelatie>;

}  // namespace ki
