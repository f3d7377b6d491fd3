import sys

from careersquiggle.cli import main

sys.exit(main())
