// libFuzzer target: decode + validate of every request component, and the
// error document of what it rejects. The first byte picks the component and
// the mode, the rest is the body. The body read into a Band (json::lees, with
// its own reader) must give json::parse's verdict and value.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "klantinteracties/json/band.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/components.hpp"
#include "klantinteracties/json/error_document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const auto alle = ki::json::components();
  const auto& c = alle[data[0] % alle.size()];
  const std::string_view tekst(reinterpret_cast<const char*>(data + 1), size - 1);
  ki::InvalidParams errors;
  const boost::json::value body = ki::json::parse(tekst, errors);
  ki::InvalidParams band_errors;
  ki::json::Band band;
  const bool gelezen = ki::json::lees(tekst, band, band_errors);
  if (gelezen != errors.empty() || band_errors.size() != errors.size() ||
      (gelezen &&
       boost::json::serialize(band.wortel().als_value()) != boost::json::serialize(body)))
    __builtin_trap();
  if (errors.empty()) {
    if (c.validate) {
      ki::rules::Options opt;
      opt.modus = static_cast<ki::rules::Modus>((data[0] >> 6) % 3);
      opt.profiel = (data[0] & 0x20) ? ki::rules::Profiel::strict : ki::rules::Profiel::openklant;
      c.validate(body, opt, errors);
    } else {
      c.roundtrip(body, errors);
    }
  }
  if (!errors.empty()) (void)ki::json::error_document_string(errors);
  return 0;
}
