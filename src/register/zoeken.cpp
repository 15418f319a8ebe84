// Typed look-ups straight from the indexes: the uuids, no page rendered.

#include <algorithm>

#include "impl.hpp"

namespace ki {

namespace {

const std::vector<Uuid>* in_index(const opslag::TekstIndex& index, std::string_view sleutel) {
  const auto it = index.find(sleutel);
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace

std::vector<Uuid> Register::partijen_op_identificator(CodeSoortObjectId soort,
                                                      std::string_view object_id) const {
  auto lock = impl_->leesslot();
  const auto& o = impl_->opslag;
  std::vector<Uuid> partijen;
  const auto* pis = in_index(o.indexen().identificator_object_id, object_id);
  if (!pis) return partijen;
  for (const Uuid& u : *pis) {
    const PartijIdentificator* pi = o.van<PartijIdentificator>().vind(u);
    if (!pi || !pi->partijIdentificator.has_value()) continue;
    const auto* code = pi->partijIdentificator->codeSoortObjectId.get();
    if (!code || *code != soort) continue;
    const auto* partij = pi->identificeerdePartij.get();
    if (!partij || !partij->uuid.has_value()) continue;
    if (std::find(partijen.begin(), partijen.end(), *partij->uuid) == partijen.end())
      partijen.push_back(*partij->uuid);
  }
  return partijen;
}

std::vector<Uuid> Register::digitale_adressen_op_adres(std::string_view adres) const {
  auto lock = impl_->leesslot();
  const auto* das = in_index(impl_->opslag.indexen().adres, adres);
  return das ? *das : std::vector<Uuid>{};
}

std::vector<Uuid> Register::partijen_op_naam(std::string_view naam) const {
  auto lock = impl_->leesslot();
  const auto* partijen = in_index(impl_->opslag.indexen().partij_naam, naam);
  return partijen ? *partijen : std::vector<Uuid>{};
}

}  // namespace ki
