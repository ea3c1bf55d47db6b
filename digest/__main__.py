from digest.cli.main import main

main()
