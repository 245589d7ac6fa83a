namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>The nearest colour of the xterm 256-colour palette (6×6×6 cube 16–231, grey ramp 232–255).</summary>
public static class Palette256
{
    static readonly int[] CubeLevels = [0, 95, 135, 175, 215, 255];

    /// <summary>Palette index of the cube or grey entry closest to the colour (squared RGB distance).</summary>
    public static int Nearest(int r, int g, int b)
    {
        int ri = CubeIndex(r), gi = CubeIndex(g), bi = CubeIndex(b);
        int cube = 16 + 36 * ri + 6 * gi + bi;
        int cubeDistance = Distance(r, g, b, CubeLevels[ri], CubeLevels[gi], CubeLevels[bi]);
        int average = (r + g + b) / 3;
        int greyIndex = Math.Clamp((average - 3) / 10, 0, 23);
        int grey = 8 + 10 * greyIndex;
        int greyDistance = Distance(r, g, b, grey, grey, grey);
        return greyDistance < cubeDistance ? 232 + greyIndex : cube;
    }

    static int CubeIndex(int value) => value < 48 ? 0 : value < 115 ? 1 : Math.Min(5, (value - 35) / 40);

    static int Distance(int r1, int g1, int b1, int r2, int g2, int b2) =>
        (r1 - r2) * (r1 - r2) + (g1 - g2) * (g1 - g2) + (b1 - b2) * (b1 - b2);
}
