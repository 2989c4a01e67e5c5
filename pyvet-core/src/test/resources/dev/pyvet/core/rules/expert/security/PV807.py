import random
import random as rnd
from random import choice, getrandbits
import secrets


def make_reset_token():
    return "".join(random.choice(ALPHABET) for _ in range(32))


password = "".join(rnd.choices(ALPHABET, k=12))
session_id = getrandbits(128)
user.api_key = random.randbytes(16)
config["secret_key"] = str(random.random())
send(otp=random.randint(100000, 999999))
salt: int = random.getrandbits(64)

# non-hits
delay = random.uniform(0.5, 1.5)
winner = choice(players)
token = secrets.token_urlsafe(24)
sample_password = random
token_count = len(tokens)
generator = random.SystemRandom()
nonce = generator.getrandbits(64)


def pick_colour():
    return random.choice(COLOURS)


def shadowed(random):
    password = random.choice(ALPHABET)
    return password
