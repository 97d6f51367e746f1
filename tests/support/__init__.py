"""Plain helpers and data shared by the test modules (no tests here); the pytest fixtures are in tests/conftest.py."""
