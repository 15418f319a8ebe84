// ki_bench --corpus DIR [--min-seconds S] [--only METHOD]
//                                           throughput on a generated corpus
// ki_bench --register N                     register build, lookups, C9018
//
// Prints JSON lines; bench/run (bench/driver.py) repeats, interleaves and
// tabulates them.

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "bench.hpp"

namespace bench {

// getrusage's maxrss survives execve on Linux, so a program started by the
// Python driver would report at least the driver's peak; VmHWM is its own.
std::size_t piek_rss() {
  std::ifstream status("/proc/self/status");
  for (std::string regel; std::getline(status, regel);)
    if (regel.rfind("VmHWM:", 0) == 0) return std::stoul(regel.substr(6)) * 1024;
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return static_cast<std::size_t>(r.ru_maxrss) * 1024;  // Linux reports KiB
}

std::size_t huidige_rss() {
  std::ifstream statm("/proc/self/statm");
  std::size_t totaal = 0, resident = 0;
  statm >> totaal >> resident;
  return resident * 4096;
}

void print(const boost::json::object& regel) {
  std::cout << boost::json::serialize(regel) << '\n' << std::flush;
}

}  // namespace bench

int main(int argc, char** argv) {
  std::string corpus, alleen;
  double min_seconden = 0.3;
  long register_n = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    const bool heeft_waarde = i + 1 < argc;
    if (a == "--corpus" && heeft_waarde) corpus = argv[++i];
    else if (a == "--min-seconds" && heeft_waarde) min_seconden = std::atof(argv[++i]);
    else if (a == "--only" && heeft_waarde) alleen = argv[++i];  // for profiling one method
    else if (a == "--register" && heeft_waarde) register_n = std::atol(argv[++i]);
    else {
      std::fprintf(stderr, "usage: ki_bench --corpus DIR [--min-seconds S] [--only METHOD] | --register N\n");
      return 2;
    }
  }
  if (register_n > 0) return bench::register_meting(static_cast<std::size_t>(register_n));
  if (corpus.empty()) {
    std::fprintf(stderr, "ki_bench: --corpus DIR or --register N is required\n");
    return 2;
  }
  return bench::doorvoer(corpus, min_seconden, alleen);
}
