// The validators of every request type, compiled once.

#include "klantinteracties/rules/validate.hpp"

namespace ki::rules {

template Validated<Klantcontact> validate<Klantcontact>(const json::Band&, const Options&);
template Validated<Betrokkene> validate<Betrokkene>(const json::Band&, const Options&);
template Validated<Bijlage> validate<Bijlage>(const json::Band&, const Options&);
template Validated<Onderwerpobject> validate<Onderwerpobject>(const json::Band&, const Options&);
template Validated<ActorKlantcontact> validate<ActorKlantcontact>(const json::Band&,
                                                                  const Options&);
template Validated<MaakKlantcontact> validate<MaakKlantcontact>(const json::Band&, const Options&);
template Validated<Actor> validate<Actor>(const json::Band&, const Options&);
template Validated<InterneTaak> validate<InterneTaak>(const json::Band&, const Options&);
template Validated<Partij> validate<Partij>(const json::Band&, const Options&);
template Validated<PartijIdentificator> validate<PartijIdentificator>(const json::Band&,
                                                                      const Options&);
template Validated<DigitaalAdres> validate<DigitaalAdres>(const json::Band&, const Options&);
template Validated<Rekeningnummer> validate<Rekeningnummer>(const json::Band&, const Options&);
template Validated<Vertegenwoordigden> validate<Vertegenwoordigden>(const json::Band&,
                                                                    const Options&);
template Validated<Categorie> validate<Categorie>(const json::Band&, const Options&);
template Validated<CategorieRelatie> validate<CategorieRelatie>(const json::Band&, const Options&);

}  // namespace ki::rules
