// Typed look-ups straight from the indexes: the uuids, no page rendered.

#include <algorithm>

#include "impl.hpp"

namespace ki {

namespace {

// Adds u unless it is there already (the lists are short: one or a few).
void eenmaal(std::vector<Uuid>& lijst, const Uuid& u) {
  if (std::find(lijst.begin(), lijst.end(), u) == lijst.end()) lijst.push_back(u);
}

}  // namespace

std::vector<Uuid> Register::partijen_op_identificator(CodeSoortObjectId soort,
                                                      std::string_view object_id) const {
  auto lock = impl_->leesslot();
  const auto& index = impl_->opslag.indexen().identificator_object_id;
  std::vector<Uuid> partijen;
  const auto it = index.find(object_id);
  if (it == index.end()) return partijen;
  for (const auto& e : it->second)
    if (e.soort == soort && e.partij) eenmaal(partijen, *e.partij);
  return partijen;
}

std::vector<Uuid> Register::digitale_adressen_op_adres(std::string_view adres) const {
  auto lock = impl_->leesslot();
  return opslag::uuids_in(impl_->opslag.indexen().adres, adres);
}

std::vector<Uuid> Register::partijen_op_digitaal_adres(std::string_view adres) const {
  auto lock = impl_->leesslot();
  const auto& o = impl_->opslag;
  std::vector<Uuid> partijen;
  const auto it = o.indexen().adres.find(adres);
  if (it == o.indexen().adres.end()) return partijen;
  for (const Uuid& u : it->second)  // read in place, not copied out first
    if (const auto da = o.van<DigitaalAdres>().vind(u))
      if (const auto* partij = da->verstrektDoorPartij.get(); partij && partij->uuid.has_value())
        eenmaal(partijen, *partij->uuid);
  return partijen;
}

std::vector<Uuid> Register::partijen_op_naam(std::string_view naam) const {
  auto lock = impl_->leesslot();
  return opslag::uuids_in(impl_->opslag.indexen().partij_naam, naam);
}

}  // namespace ki
