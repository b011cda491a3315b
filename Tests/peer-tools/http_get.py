"""Fetches one URL on the loopback interface and prints the body; exits 1 on an HTTP error.

Usage: python http_get.py URL
"""
import sys
import urllib.error
import urllib.request

url = sys.argv[1]
if not url.startswith("http://127.0.0.1:"):
    raise SystemExit("only loopback URLs are fetched")
try:
    with urllib.request.urlopen(url, timeout=20) as response:
        sys.stdout.write(response.read().decode("utf-8"))
except urllib.error.HTTPError as error:
    sys.stdout.write(error.read().decode("utf-8", "replace"))
    sys.exit(1)
