#pragma once
// Shared by the benchmark's two modes: the clock, memory figures, and the
// JSON lines they print for bench/driver.py to tabulate.

#include <boost/json.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace bench {

using Klok = std::chrono::steady_clock;

inline double seconden(Klok::time_point sinds) {
  return std::chrono::duration<double>(Klok::now() - sinds).count();
}

// getrusage maxrss, in bytes.
std::size_t piek_rss();
// Resident set now (/proc/self/statm), in bytes.
std::size_t huidige_rss();

// One result line on standard output.
void print(const boost::json::object& regel);

// Mode 1: throughput on the corpus, the methods measured in turn, a pass
// each, until each has had `min_seconden` (0: one pass); `alleen`: only this
// method (parse, parse_mr, cpp, capi, encode, serialize).
int doorvoer(const std::string& corpus, double min_seconden, const std::string& alleen = {});
// Mode 2: a register of n partijen and n klantcontacten.
int register_meting(std::size_t n);

}  // namespace bench
