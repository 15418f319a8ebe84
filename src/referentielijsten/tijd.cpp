// Moments and validity windows (KI-KAN-003).

#include <chrono>

#include "klantinteracties/referentielijsten/referentielijsten.hpp"

namespace ki::referentielijsten {

namespace chr = std::chrono;

// Naive values count as UTC (KI-KAN-003 library note); offsets are east of UTC.
chr::system_clock::time_point als_tijdstip(const DateTime& t) {
  const chr::year_month_day dag{chr::year{t.datum.jaar},
                                chr::month{static_cast<unsigned>(t.datum.maand)},
                                chr::day{static_cast<unsigned>(t.datum.dag)}};
  const int offset = t.zone == DateTime::Zone::offset ? t.offset_minuten : 0;
  const auto lokaal = chr::sys_days{dag} + chr::hours{t.uur} + chr::minutes{t.minuut} +
                      chr::seconds{t.seconde} + chr::microseconds{t.microseconde};
  return chr::time_point_cast<chr::system_clock::duration>(lokaal - chr::minutes{offset});
}

// KI-KAN-003: begin inclusive, eind exclusive, missing bounds open.
bool Item::geldig_op(chr::system_clock::time_point now) const {
  if (!indicatie_actief) return false;  // KI-KAN-008: the VNG flag
  if (begin_geldigheid && now < als_tijdstip(*begin_geldigheid)) return false;
  if (eind_geldigheid && !(now < als_tijdstip(*eind_geldigheid))) return false;
  return true;
}

}  // namespace ki::referentielijsten
