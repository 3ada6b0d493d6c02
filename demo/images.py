"""Illustrations painted with Pillow: Livradois hills under a sky, and a building per motif.

Nothing is downloaded. Each picture is drawn from a seed, so a motif painted for two structures
gives two different, but always the same, pictures.
"""

import math
import random
import zlib
from io import BytesIO

from PIL import Image, ImageDraw

from django.core.files.images import ImageFile

WIDTH, HEIGHT = 1200, 800
# Drawn at twice the size and reduced: smooth edges without an anti-aliasing library.
SCALE = 2
JPEG_QUALITY = 80

SKIES = [
    ((92, 150, 214), (206, 228, 245)),  # clear morning
    ((70, 120, 190), (245, 214, 170)),  # late afternoon
    ((130, 160, 190), (222, 230, 236)),  # high veil of cloud
    ((58, 110, 180), (190, 220, 240)),  # mountain blue
]
ROOFS = [(160, 72, 52), (141, 62, 48), (88, 92, 102), (120, 60, 45)]
WALLS = [(214, 200, 176), (196, 186, 170), (226, 214, 190), (180, 168, 150), (232, 224, 208)]
AWNINGS = [(150, 40, 45), (40, 90, 70), (44, 70, 130), (190, 120, 30)]


class Canvas:
    """Pillow drawing in the picture's own coordinates, whatever the working scale."""

    def __init__(self, rng):
        self.rng = rng
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE))
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _points(points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def polygon(self, points, fill):
        self.draw.polygon(self._points(points), fill=fill)

    def rect(self, left, top, right, bottom, fill):
        self.draw.rectangle([left * SCALE, top * SCALE, right * SCALE, bottom * SCALE], fill=fill)

    def ellipse(self, left, top, right, bottom, fill):
        self.draw.ellipse([left * SCALE, top * SCALE, right * SCALE, bottom * SCALE], fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self._points(points), fill=fill, width=width * SCALE)

    def gradient(self, top, bottom, color_top, color_bottom):
        for y in range(top * SCALE, bottom * SCALE):
            share = (y - top * SCALE) / max(1, (bottom - top) * SCALE - 1)
            color = tuple(
                round(a + (b - a) * share) for a, b in zip(color_top, color_bottom, strict=True)
            )
            self.draw.line([(0, y), (WIDTH * SCALE, y)], fill=color)

    def jpeg(self):
        picture = self.image.reduce(SCALE)
        buffer = BytesIO()
        picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        return buffer.getvalue()


def shade(color, factor):
    return tuple(max(0, min(255, round(channel * factor))) for channel in color)


def hill_profile(rng, base, amplitude, step=20):
    waves = [
        (rng.uniform(0.002, 0.006), rng.uniform(0, math.tau), amplitude),
        (rng.uniform(0.008, 0.015), rng.uniform(0, math.tau), amplitude * 0.35),
    ]
    return [
        (x, base - sum(height * math.sin(x * speed + phase) for speed, phase, height in waves))
        for x in range(0, WIDTH + step, step)
    ]


def paint_hills(canvas, ground):
    """Three ranges, bluer with distance, the middle one under a fringe of fir trees."""
    rng = canvas.rng
    far = hill_profile(rng, ground - 170, 45)
    canvas.polygon([*far, (WIDTH, HEIGHT), (0, HEIGHT)], (128, 150, 170))
    middle = hill_profile(rng, ground - 95, 35)
    forest = (46, 82, 58)
    canvas.polygon([*middle, (WIDTH, HEIGHT), (0, HEIGHT)], forest)
    for x, y in middle[::1]:
        height = rng.uniform(18, 34)
        canvas.polygon([(x - 9, y + 6), (x, y - height), (x + 9, y + 6)], shade(forest, 0.8))
    near = hill_profile(rng, ground - 25, 18)
    canvas.polygon([*near, (WIDTH, HEIGHT), (0, HEIGHT)], (104, 150, 78))
    canvas.gradient(ground, HEIGHT, (104, 150, 78), (80, 124, 60))


def paint_sky(canvas):
    rng = canvas.rng
    top, horizon = rng.choice(SKIES)
    canvas.gradient(0, 520, top, horizon)
    for _cloud in range(rng.randint(2, 4)):
        x, y = rng.uniform(50, WIDTH - 200), rng.uniform(60, 260)
        for puff in range(4):
            canvas.ellipse(
                x + puff * 38, y - puff % 2 * 18, x + puff * 38 + 110, y + 46, (244, 246, 248)
            )


def house(canvas, left, ground, width, height, wall=None, roof=None, storeys=2, chimney=True):
    rng = canvas.rng
    wall = wall or rng.choice(WALLS)
    roof = roof or rng.choice(ROOFS)
    top = ground - height
    canvas.rect(left, top, left + width, ground, wall)
    if chimney:
        canvas.rect(
            left + width * 0.7, top - height * 0.45, left + width * 0.7 + 16, top, shade(wall, 0.8)
        )
    canvas.polygon(
        [(left - 12, top), (left + width / 2, top - height * 0.5), (left + width + 12, top)], roof
    )
    window = (70, 88, 104)
    columns = max(1, int(width // 55))
    for storey in range(storeys):
        y = top + 18 + storey * (height - 30) / storeys
        for column in range(columns):
            x = left + (column + 0.5) * width / columns - 11
            canvas.rect(x - 7, y, x - 1, y + 30, shade(wall, 0.7))
            canvas.rect(x, y, x + 22, y + 30, window)
            canvas.rect(x + 23, y, x + 29, y + 30, shade(wall, 0.7))


def shop_front(canvas, left, ground, width, awning):
    canvas.rect(left + 10, ground - 70, left + width - 40, ground - 8, (60, 76, 90))
    canvas.rect(left + width - 34, ground - 78, left + width - 10, ground, (92, 60, 40))
    stripes = 8
    for stripe in range(stripes):
        x = left + 4 + stripe * (width - 8) / stripes
        color = awning if stripe % 2 == 0 else (236, 232, 220)
        canvas.polygon(
            [
                (x, ground - 96),
                (x + (width - 8) / stripes, ground - 96),
                (x + (width - 8) / stripes + 6, ground - 72),
                (x + 6, ground - 72),
            ],
            color,
        )


def tree(canvas, x, ground, size=1.0):
    canvas.rect(x - 5 * size, ground - 40 * size, x + 5 * size, ground, (92, 64, 40))
    canvas.ellipse(
        x - 38 * size, ground - 120 * size, x + 38 * size, ground - 30 * size, (64, 112, 56)
    )


def fir(canvas, x, ground, size=1.0):
    canvas.polygon(
        [(x - 26 * size, ground), (x, ground - 110 * size), (x + 26 * size, ground)], (40, 76, 52)
    )


def motif_village(canvas, ground):
    rng = canvas.rng
    x = 300
    for _house in range(5):
        width = rng.uniform(90, 130)
        house(canvas, x, ground - 60, width, rng.uniform(80, 110), chimney=rng.random() < 0.5)
        x += width + rng.uniform(8, 22)
    # The church: nave and bell tower.
    canvas.rect(560, ground - 230, 620, ground - 60, (190, 178, 160))
    canvas.polygon([(552, ground - 230), (590, ground - 320), (628, ground - 230)], (88, 92, 102))
    canvas.rect(578, ground - 200, 602, ground - 170, (70, 80, 96))
    tree(canvas, 230, ground - 40, 1.1)
    tree(canvas, 980, ground - 30, 0.9)
    road = (178, 168, 150)
    canvas.polygon([(560, ground - 60), (640, ground - 60), (900, HEIGHT), (380, HEIGHT)], road)


def motif_landscape(canvas, ground):
    rng = canvas.rng
    for _tree in range(rng.randint(3, 6)):
        fir(
            canvas,
            rng.uniform(40, WIDTH - 40),
            ground + rng.uniform(10, 120),
            rng.uniform(0.8, 1.4),
        )
    canvas.line([(0, ground + 150), (WIDTH, ground + 110)], (150, 130, 100), 6)


def motif_shop(canvas, ground):
    rng = canvas.rng
    x = 180
    awning = rng.choice(AWNINGS)
    for index in range(3):
        width = 250 if index == 1 else 220
        house(canvas, x, ground + 120, width, 250, storeys=2, chimney=index != 1)
        if index == 1:
            shop_front(canvas, x, ground + 120, width, awning)
        x += width
    canvas.rect(0, ground + 120, WIDTH, HEIGHT, (150, 146, 140))


def motif_workshop(canvas, ground):
    wall = (176, 170, 160)
    canvas.rect(250, ground - 40, 950, ground + 130, wall)
    for tooth in range(7):
        x = 250 + tooth * 100
        canvas.polygon(
            [(x, ground - 40), (x + 100, ground - 40), (x + 100, ground - 100)], (110, 116, 124)
        )
        canvas.polygon(
            [
                (x + 100, ground - 100),
                (x + 100, ground - 40),
                (x + 96, ground - 40),
                (x + 96, ground - 96),
            ],
            (170, 200, 220),
        )
    canvas.rect(300, ground + 20, 420, ground + 130, (90, 96, 104))
    for window in range(4):
        canvas.rect(
            480 + window * 110, ground + 10, 560 + window * 110, ground + 60, (70, 88, 104)
        )
    canvas.rect(880, ground - 180, 905, ground - 40, (150, 90, 70))
    canvas.rect(0, ground + 130, WIDTH, HEIGHT, (140, 138, 132))


def motif_farm(canvas, ground):
    rng = canvas.rng
    barn = (150, 96, 62)
    canvas.rect(260, ground - 20, 640, ground + 140, barn)
    canvas.polygon([(240, ground - 20), (450, ground - 150), (660, ground - 20)], (120, 60, 45))
    canvas.rect(400, ground + 40, 500, ground + 140, shade(barn, 0.7))
    canvas.rect(690, ground - 110, 750, ground + 140, (196, 200, 204))
    canvas.ellipse(690, ground - 135, 750, ground - 85, (170, 176, 182))
    for bale in range(4):
        x = 800 + bale * 80 + rng.uniform(-10, 10)
        canvas.ellipse(x, ground + 120, x + 64, ground + 184, (218, 190, 110))
    for post in range(0, WIDTH, 60):
        canvas.rect(post, ground + 200, post + 6, ground + 240, (120, 90, 60))
    canvas.line([(0, ground + 212), (WIDTH, ground + 212)], (120, 90, 60), 3)


def motif_hotel(canvas, ground):
    wall = (226, 214, 190)
    canvas.rect(300, ground - 160, 900, ground + 140, wall)
    canvas.polygon([(280, ground - 160), (600, ground - 260), (920, ground - 160)], (88, 92, 102))
    for storey in range(3):
        for column in range(8):
            x = 330 + column * 72
            y = ground - 130 + storey * 80
            canvas.rect(x, y, x + 36, y + 50, (70, 88, 104))
            canvas.rect(x - 8, y, x - 2, y + 50, (60, 110, 90))
            canvas.rect(x + 38, y, x + 44, y + 50, (60, 110, 90))
    canvas.rect(520, ground - 200, 680, ground - 170, (120, 60, 45))
    for umbrella in range(3):
        x = 380 + umbrella * 200
        canvas.polygon(
            [(x - 60, ground + 190), (x, ground + 150), (x + 60, ground + 190)], AWNINGS[umbrella]
        )
        canvas.rect(x - 3, ground + 190, x + 3, ground + 240, (90, 80, 70))


def motif_office(canvas, ground):
    canvas.rect(320, ground - 150, 880, ground + 140, (214, 218, 222))
    canvas.rect(310, ground - 165, 890, ground - 150, (120, 126, 134))
    for storey in range(4):
        for column in range(9):
            x = 345 + column * 60
            y = ground - 130 + storey * 66
            canvas.rect(x, y, x + 44, y + 46, (96, 130, 160))
    canvas.rect(560, ground + 80, 640, ground + 140, (60, 70, 80))
    tree(canvas, 230, ground + 150, 1.2)
    tree(canvas, 980, ground + 150, 1.0)


def motif_warehouse(canvas, ground):
    canvas.rect(180, ground - 60, 1020, ground + 150, (160, 168, 172))
    for rib in range(180, 1020, 24):
        canvas.rect(rib, ground - 60, rib + 3, ground + 150, (140, 148, 152))
    canvas.polygon([(170, ground - 60), (600, ground - 110), (1030, ground - 60)], (110, 116, 124))
    for door in range(3):
        x = 300 + door * 220
        canvas.rect(x, ground + 30, x + 140, ground + 150, (96, 104, 112))
        for slat in range(6):
            canvas.rect(x, ground + 40 + slat * 18, x + 140, ground + 42 + slat * 18, (80, 88, 96))
    canvas.rect(0, ground + 150, WIDTH, HEIGHT, (110, 110, 110))
    for mark in range(8):
        canvas.rect(
            120 + mark * 130, ground + 200, 126 + mark * 130, ground + 260, (230, 230, 230)
        )


def motif_medical(canvas, ground):
    canvas.rect(260, ground - 40, 940, ground + 140, (236, 236, 230))
    canvas.rect(250, ground - 56, 950, ground - 40, (130, 136, 140))
    for pane in range(6):
        canvas.rect(300 + pane * 100, ground, 380 + pane * 100, ground + 120, (130, 170, 196))
    canvas.rect(830, ground - 30, 900, ground + 40, (255, 255, 255))
    canvas.rect(855, ground - 22, 875, ground + 32, (40, 150, 90))
    canvas.rect(839, ground - 6, 891, ground + 14, (40, 150, 90))
    tree(canvas, 180, ground + 150, 1.0)


def motif_coworking(canvas, ground):
    wall = (190, 178, 160)
    canvas.rect(300, ground - 120, 900, ground + 140, wall)
    canvas.polygon([(280, ground - 120), (600, ground - 220), (920, ground - 120)], (141, 62, 48))
    for bay in range(3):
        x = 350 + bay * 190
        canvas.rect(x, ground - 10, x + 140, ground + 140, (110, 150, 180))
        canvas.ellipse(x, ground - 50, x + 140, ground + 30, (110, 150, 180))
    for window in range(5):
        canvas.rect(
            340 + window * 110, ground - 95, 380 + window * 110, ground - 45, (70, 88, 104)
        )
    for bike in range(2):
        x = 960 + bike * 80
        canvas.ellipse(x, ground + 110, x + 36, ground + 146, (50, 50, 50))
        canvas.ellipse(x + 44, ground + 110, x + 80, ground + 146, (50, 50, 50))


def motif_plot(canvas, ground):
    rng = canvas.rng
    canvas.polygon(
        [(200, ground + 240), (420, ground + 40), (880, ground + 40), (1080, ground + 240)],
        (150, 180, 96),
    )
    for x, y in (
        (200, ground + 240),
        (420, ground + 40),
        (880, ground + 40),
        (1080, ground + 240),
    ):
        canvas.rect(x - 4, y - 40, x + 4, y, (200, 60, 40))
    canvas.polygon(
        [(0, HEIGHT), (0, ground + 270), (WIDTH, ground + 250), (WIDTH, HEIGHT)], (120, 118, 114)
    )
    house(canvas, 60, ground + 40, 140, 110, chimney=False)
    for _tree in range(3):
        tree(canvas, rng.uniform(950, 1150), ground + 40, 0.8)


def motif_field(canvas, ground):
    rng = canvas.rng
    colors = [(150, 176, 80), (196, 186, 100), (120, 160, 70), (176, 190, 96)]
    for stripe in range(6):
        top = ground + stripe * 45
        canvas.polygon(
            [(0, top), (WIDTH, top - 20), (WIDTH, top + 25), (0, top + 45)],
            colors[stripe % len(colors)],
        )
    for _hedge in range(6):
        tree(canvas, rng.uniform(0, WIDTH), ground + rng.uniform(-10, 20), 0.6)
    for _cow in range(5):
        x, y = rng.uniform(100, 1100), ground + rng.uniform(120, 240)
        canvas.ellipse(x, y, x + 60, y + 30, (240, 236, 228))
        canvas.ellipse(x + 10, y + 6, x + 30, y + 20, (120, 80, 60))
        canvas.rect(x + 8, y + 24, x + 14, y + 44, (200, 196, 190))
        canvas.rect(x + 46, y + 24, x + 52, y + 44, (200, 196, 190))


def motif_house(canvas, ground):
    house(canvas, 420, ground + 150, 360, 210, storeys=2)
    canvas.rect(560, ground + 70, 620, ground + 150, (110, 70, 45))
    for post in range(0, WIDTH, 40):
        canvas.rect(post, ground + 170, post + 8, ground + 210, (236, 232, 220))
    canvas.line([(0, ground + 180), (WIDTH, ground + 180)], (236, 232, 220), 4)
    tree(canvas, 250, ground + 160, 1.3)
    tree(canvas, 960, ground + 160, 1.1)


def motif_farmhouse(canvas, ground):
    stone = (170, 158, 140)
    canvas.rect(240, ground - 20, 960, ground + 150, stone)
    canvas.polygon([(220, ground - 20), (600, ground - 130), (980, ground - 20)], (120, 110, 104))
    canvas.ellipse(620, ground + 20, 800, ground + 200, shade(stone, 0.75))
    canvas.rect(620, ground + 110, 800, ground + 150, shade(stone, 0.75))
    for window in range(3):
        canvas.rect(300 + window * 100, ground + 30, 340 + window * 100, ground + 80, (60, 70, 80))
    tree(canvas, 1060, ground + 150, 1.2)


def motif_flat(canvas, ground):
    wall = (232, 224, 208)
    canvas.rect(360, ground - 170, 840, ground + 150, wall)
    canvas.polygon([(340, ground - 170), (600, ground - 250), (860, ground - 170)], (141, 62, 48))
    for storey in range(3):
        for column in range(5):
            x = 390 + column * 90
            y = ground - 140 + storey * 95
            canvas.rect(x, y, x + 50, y + 60, (70, 88, 104))
            canvas.rect(x - 10, y + 60, x + 60, y + 66, (90, 90, 90))
    canvas.rect(570, ground + 80, 630, ground + 150, (90, 60, 40))
    canvas.rect(0, ground + 150, WIDTH, HEIGHT, (150, 146, 140))


def motif_campsite(canvas, ground):
    rng = canvas.rng
    canvas.ellipse(100, ground + 130, 600, ground + 260, (90, 140, 180))
    for tent in range(4):
        x = 650 + tent * 120 + rng.uniform(-10, 10)
        y = ground + 140 + rng.uniform(-20, 40)
        canvas.polygon([(x, y + 70), (x + 50, y), (x + 100, y + 70)], AWNINGS[tent % len(AWNINGS)])
    for _tree in range(6):
        fir(
            canvas,
            rng.uniform(40, WIDTH - 40),
            ground + rng.uniform(40, 110),
            rng.uniform(0.9, 1.5),
        )


def motif_sawmill(canvas, ground):
    canvas.rect(200, ground - 30, 700, ground + 140, (150, 110, 70))
    canvas.polygon([(180, ground - 30), (450, ground - 120), (720, ground - 30)], (90, 92, 98))
    canvas.rect(300, ground + 40, 460, ground + 140, (70, 50, 35))
    for row in range(4):
        for log in range(7 - row):
            x = 760 + row * 22 + log * 44
            y = ground + 150 - row * 40
            canvas.ellipse(x, y - 40, x + 44, y, (200, 160, 110))
            canvas.ellipse(x + 12, y - 28, x + 32, y - 12, (170, 130, 84))
    fir(canvas, 120, ground + 140, 1.6)


MOTIFS = {
    "village": motif_village,
    "landscape": motif_landscape,
    "shop": motif_shop,
    "workshop": motif_workshop,
    "farm": motif_farm,
    "hotel": motif_hotel,
    "office": motif_office,
    "warehouse": motif_warehouse,
    "medical": motif_medical,
    "coworking": motif_coworking,
    "plot": motif_plot,
    "field": motif_field,
    "house": motif_house,
    "farmhouse": motif_farmhouse,
    "flat": motif_flat,
    "campsite": motif_campsite,
    "sawmill": motif_sawmill,
}


def paint(motif, seed):
    """A JPEG of ``motif`` in a Livradois landscape, always the same for the same seed."""
    canvas = Canvas(random.Random(zlib.crc32(f"{motif}:{seed}".encode())))
    ground = 500
    paint_sky(canvas)
    paint_hills(canvas, ground)
    MOTIFS[motif](canvas, ground)
    return canvas.jpeg()


def image_file(motif, seed, name):
    return ImageFile(BytesIO(paint(motif, seed)), name=name)
