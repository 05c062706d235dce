namespace Hub.Portal.BrowserTests;

/// <summary>Fresh BSNs that pass the 11-check, so each walk has residents of its own.</summary>
public static class TestBsns
{
    public static string Next()
    {
        while (true)
        {
            var digits = new int[9];
            digits[0] = Random.Shared.Next(1, 10);
            for (var i = 1; i < 8; i++)
            {
                digits[i] = Random.Shared.Next(10);
            }
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += digits[i] * (9 - i);
            }
            // 11-check: 9*d1 + ... + 2*d8 - d9 is a multiple of 11.
            var last = sum % 11;
            if (last > 9)
            {
                continue;
            }
            digits[8] = last;
            return string.Concat(digits);
        }
    }
}
