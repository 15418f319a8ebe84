// klantinteracties: the command-line tool. Everything but the process entry
// lives in the other files of src/cli/.

#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  ki::cli::Io io{std::cin, std::cout, std::cerr};
  try {
    const int code = ki::cli::run(args, io);
    std::cout.flush();
    return code;
  } catch (const std::exception& e) {
    std::cerr << "klantinteracties: internal error: " << e.what() << '\n';
    return ki::cli::exit_internal;
  }
}
