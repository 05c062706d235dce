using System.Globalization;
using System.Text;

namespace Hub.PartnerServices.Tests;

/// <summary>Exports written for a test, dated relative to today so they stay valid.</summary>
internal static class GeneratedExports
{
    /// <summary>Valid example BSNs (11-check), none of a real resident.</summary>
    public static readonly string[] Bsns = ["368176903", "752804741", "691577894", "659884045", "547725814", "793794055", "734876841", "620838516", "362108171", "170473582", "678117184", "381245275"];

    public static string RentArrears(int rows, string prefix = "ELK-S")
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var csv = new StringBuilder("melding_nummer;bsn;soort;bedrag;achterstand_sinds;aanmaningen;vermoeden;waargenomen_op;datum\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i + 1};{Bsns[i % Bsns.Length]};huurachterstand;{300 + i},00;{Iso(today.AddDays(-60))};2;;;{Iso(today.AddDays(-1))}\n");
        }
        return csv.ToString();
    }

    public static string Vacancies(int rows)
    {
        var closing = Iso(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3));
        var csv = new StringBuilder("vacature_nummer;functie;beroepscode;postcode;uren_per_week;aantal_plaatsen;sluitingsdatum;herstelbaan;bbl;loonkostensubsidie;vaardigheden\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"V-{i + 1};Leerling-monteur {i + 1};7126;8925 AB;32;1;{closing};ja;ja;nee;vca\n");
        }
        return csv.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
