from gigcheck.cli import main

main()
