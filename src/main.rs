fn main() {
    std::process::exit(theratime::main_entry());
}
