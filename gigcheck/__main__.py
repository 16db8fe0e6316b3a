from gigcheck.cli import main

main(prog_name="gigcheck")
