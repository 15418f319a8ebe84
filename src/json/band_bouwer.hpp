#pragma once
// BandBouwer: appends nodes to a Band, for each of the readers that fill one
// (band.cpp's tokenizer handler and DOM copy, band_lezer.cpp).

#include <cstring>
#include <limits>
#include <stdexcept>
#include <string_view>

#include "klantinteracties/json/band.hpp"

namespace ki::json {

// Appends nodes to a Band; containers get their sizes when they close.
struct BandBouwer {
  Band& band;

  void leeg() { band.knopen_.clear(); }
  Knoop& nieuw(boost::json::kind kind) {
    Knoop& k = band.knopen_.emplace_back();
    k.kind_ = kind;
    return k;
  }
  void int64(std::int64_t i) { nieuw(boost::json::kind::int64).int64_ = i; }
  void uint64(std::uint64_t u) { nieuw(boost::json::kind::uint64).uint64_ = u; }
  void dubbel(double d) { nieuw(boost::json::kind::double_).double_ = d; }
  void boolean(bool b) { nieuw(boost::json::kind::bool_).bool_ = b; }
  // A container opens here; returns its index for sluit().
  std::size_t open(boost::json::kind kind) {
    nieuw(kind);
    return band.knopen_.size() - 1;
  }
  // `ascii`: the bytes are known to be ASCII without control characters.
  void tekst(boost::json::kind kind, const char* p, std::size_t n, bool ascii = false) {
    Knoop& k = nieuw(kind);
    k.ascii_ = ascii;
    k.tekst_ = p;
    k.grootte_ = n;
  }
  // A container that was opened at `index` closes after its last node.
  void sluit(std::size_t index, std::size_t grootte) {
    Knoop& k = band.knopen_[index];
    const std::size_t n = band.knopen_.size() - index;
    // Only a document of over 8 GiB (two bytes a node at least) gets here.
    if (n > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("JSON too large");
    k.overslaan_ = static_cast<std::uint32_t>(n);
    k.grootte_ = grootte;
  }
  // A copy that lives as long as the Band.
  const char* bewaar(std::string_view s) {
    if (s.empty()) return "";
    if (!band.teksten_) band.teksten_.emplace(band.buffer_, sizeof band.buffer_);
    auto* p = static_cast<char*>(band.teksten_->allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return p;
  }
};

}  // namespace ki::json
