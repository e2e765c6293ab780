"""PyInstaller entry point: the same composition root as the `floorqc` console script."""

from app.main import main

if __name__ == "__main__":
    raise SystemExit(main())
