// The validators of every request type, compiled once.

#include "klantinteracties/rules/validate.hpp"

namespace ki::rules {

template Validated<Klantcontact> validate<Klantcontact>(const boost::json::value&, const Options&);
template Validated<Betrokkene> validate<Betrokkene>(const boost::json::value&, const Options&);
template Validated<Bijlage> validate<Bijlage>(const boost::json::value&, const Options&);
template Validated<Onderwerpobject> validate<Onderwerpobject>(const boost::json::value&,
                                                              const Options&);
template Validated<ActorKlantcontact> validate<ActorKlantcontact>(const boost::json::value&,
                                                                  const Options&);
template Validated<MaakKlantcontact> validate<MaakKlantcontact>(const boost::json::value&,
                                                                const Options&);
template Validated<Actor> validate<Actor>(const boost::json::value&, const Options&);
template Validated<InterneTaak> validate<InterneTaak>(const boost::json::value&, const Options&);
template Validated<Partij> validate<Partij>(const boost::json::value&, const Options&);
template Validated<PartijIdentificator> validate<PartijIdentificator>(const boost::json::value&,
                                                                      const Options&);
template Validated<DigitaalAdres> validate<DigitaalAdres>(const boost::json::value&,
                                                          const Options&);
template Validated<Rekeningnummer> validate<Rekeningnummer>(const boost::json::value&,
                                                            const Options&);
template Validated<Vertegenwoordigden> validate<Vertegenwoordigden>(const boost::json::value&,
                                                                    const Options&);
template Validated<Categorie> validate<Categorie>(const boost::json::value&, const Options&);
template Validated<CategorieRelatie> validate<CategorieRelatie>(const boost::json::value&,
                                                                const Options&);

}  // namespace ki::rules
