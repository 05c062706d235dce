using System.Text.Json;
using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Hub.Housing.Translation;
using Hub.Police.Translation;
using Hub.Schools.Translation;
using Hub.Testing;

namespace Hub.PartnerServices.Tests;

public sealed class Translating_partner_exports
{
    [Fact]
    public void A_housing_vacancy_export_becomes_vacancies_of_the_corporation()
    {
        var translation = SampleExports.Translate(SampleExports.Read("elkien/vacancies-2026-11-16.csv"), new VacancyExport(), SampleExports.Elkien);

        Assert.Empty(translation.Errors);
        var vacancies = translation.Messages<VacancyPublished>();
        Assert.Equal(2, vacancies.Count);
        var monteur = vacancies[0];
        Assert.Equal("Leerling-monteur woningonderhoud (example)", monteur.Title);
        Assert.Equal("00000001802327497000", monteur.EmployerId);
        Assert.Equal(("7126", "8925AB", 32, 2), (monteur.OccupationCode, monteur.Postcode, monteur.HoursPerWeek, monteur.Positions));
        Assert.Equal(new DateOnly(2027, 6, 30), monteur.ClosingDate);
        Assert.True(monteur.IsRecoveryJob && monteur.IsLearnWorkPlace && monteur.HasWageCostCompensation);
        Assert.Equal(["technisch inzicht", "vca"], monteur.RequiredSkills);
        Assert.False(vacancies[1].IsLearnWorkPlace);
    }

    [Fact]
    public void A_later_export_of_the_same_vacancy_number_updates_the_same_vacancy_under_a_new_message()
    {
        var text = SampleExports.Read("elkien/vacancies-2026-11-16.csv");
        var first = SampleExports.Translate(text, new VacancyExport(), SampleExports.Elkien, exportHash: "monday");
        var second = SampleExports.Translate(text.Replace(";32;2;", ";36;2;", StringComparison.Ordinal), new VacancyExport(), SampleExports.Elkien, exportHash: "tuesday");

        Assert.Equal(first.Messages<VacancyPublished>()[0].VacancyId, second.Messages<VacancyPublished>()[0].VacancyId);
        Assert.NotEqual(first.Rows[0].Messages[0].MessageId, second.Rows[0].Messages[0].MessageId);
    }

    [Fact]
    public void A_housing_signal_export_becomes_pseudonymous_rent_arrears_and_fraud_signals()
    {
        var translation = SampleExports.Translate(SampleExports.Read("elkien/signals-2026-11-16.csv"), new HousingSignalExport(), SampleExports.Elkien);

        Assert.Empty(translation.Errors);
        var signals = translation.Messages<SignalRaised>();
        Assert.Equal(["rent-arrears", "rent-arrears", "housing-fraud"], signals.Select(s => s.Category));
        var arrears = signals[0];
        Assert.Equal(SampleExports.Pseudonymiser.SubjectOf("368176903"), arrears.SubjectPseudonym);
        Assert.Equal(arrears.SubjectPseudonym, arrears.HouseholdPseudonym);
        Assert.Equal(new Dictionary<string, string> { ["amount"] = "845.50", ["since"] = "2026-09-01", ["reminders-sent"] = "2" }, arrears.Details);
        Assert.Equal(("00000001802327497000", "housing-corporation", new DateOnly(2026, 11, 16)), (arrears.RaisedBy, arrears.RaisedByRole, arrears.OccurredOn));
        Assert.Null(signals[1].HouseholdPseudonym);
        Assert.Equal(new Dictionary<string, string> { ["suspicion"] = "onderverhuur vermoed", ["observed-on"] = "2026-10-28" }, signals[2].Details);
        // The signal id follows the corporation's own number, so a repeated row is the same signal (and message).
        Assert.Equal(signals[0].SignalId, translation.Rows[0].Messages[0].MessageId);
        BsnScanner.AssertNone(JsonSerializer.Serialize(signals), "the translated signals");
    }

    [Fact]
    public void A_school_student_export_registers_students_seeking_a_learn_work_place()
    {
        var translation = SampleExports.Translate(SampleExports.Read("friese-poort/students-2026-11-16.csv"), new StudentExport(), SampleExports.FriesePoort);

        Assert.Empty(translation.Errors);
        var students = translation.Messages<JobSeekerRegistered>();
        Assert.Equal(2, students.Count);
        var student = students[0];
        Assert.True(student.IsStudent);
        Assert.Equal(SampleExports.Pseudonymiser.SubjectOf("659884045"), student.SubjectPseudonym);
        Assert.Equal(("00000001824476093000", "none", "8924BB"), (student.JobAgencyId, student.BenefitType, student.Postcode));
        Assert.Equal(["7126"], student.TargetOccupations);
        Assert.Equal((24, 36, 15), (student.HoursMin, student.HoursMax, student.MaxTravelKm));
        Assert.Equal(new DateOnly(2027, 8, 31), student.LearnWorkDeadline);
        Assert.True(student.ConsentToShare);
        Assert.Equal(["5153", "9112"], students[1].TargetOccupations);
        BsnScanner.AssertNone(JsonSerializer.Serialize(students), "the translated students");
    }

    [Fact]
    public void A_school_absence_export_becomes_absence_and_drop_out_signals()
    {
        var translation = SampleExports.Translate(SampleExports.Read("friese-poort/absence-2026-11-16.csv"), new AbsenceExport(), SampleExports.FriesePoort);

        Assert.Empty(translation.Errors);
        var signals = translation.Messages<SignalRaised>();
        Assert.Equal(["school-absence", "drop-out-risk"], signals.Select(s => s.Category));
        Assert.Equal(new Dictionary<string, string> { ["hours"] = "16", ["period-start"] = "2026-10-01", ["period-end"] = "2026-10-31" }, signals[0].Details);
        Assert.Equal(new Dictionary<string, string> { ["risk-level"] = "high", ["programme"] = "Installatietechniek niveau 2", ["expected-leave"] = "2027-01-31" }, signals[1].Details);
        Assert.All(signals, s => Assert.Equal("school", s.RaisedByRole));
    }

    [Fact]
    public void A_police_export_becomes_youth_nuisance_and_housing_fraud_signals()
    {
        var translation = SampleExports.Translate(SampleExports.Read("politie-leeuwarden/signals-2026-11-16.csv"), new PoliceSignalExport(), SampleExports.Politie);

        Assert.Empty(translation.Errors);
        var signals = translation.Messages<SignalRaised>();
        Assert.Equal(["youth-nuisance", "housing-fraud"], signals.Select(s => s.Category));
        Assert.Equal(new Dictionary<string, string> { ["incident-date"] = "2026-10-25", ["incident-code"] = "E33", ["group-size"] = "4" }, signals[0].Details);
        Assert.Equal(("00000001003214345000", "police"), (signals[0].RaisedBy, signals[0].RaisedByRole));
    }

    [Fact]
    public void Bad_rows_are_reported_by_row_and_field_without_their_values_and_nothing_is_translated()
    {
        const string export = """
            melding_nummer;bsn;soort;bedrag;achterstand_sinds;aanmaningen;vermoeden;waargenomen_op;datum
            ELK-S-1;368176903;huurachterstand;845,50;2026-09-01;2;;;2026-11-16
            ELK-S-2;368176904;huurachterstand;845,50;2026-09-01;2;;;2026-11-16
            ELK-S-3;752804741;huurachterstand;845,50;1 september;2;;;2026-11-16
            ELK-S-4;691577894;lawaai;;;;;;2026-11-16
            ELK-S-5;659884045;woonfraude;;;;BSN 547725814 woont hier;2026-10-28;2026-11-16
            ELK-S-6;793794055;huurachterstand;845,50;2026-09-01;2;;;2026-11-16;extra
            """;

        var translation = SampleExports.Translate(export, new HousingSignalExport(), SampleExports.Elkien);

        Assert.False(translation.IsValid);
        Assert.Equal([(3, "bsn"), (4, "achterstand_sinds"), (5, "soort"), (6, "vermoeden"), (7, "*")],
            translation.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("11-check", translation.Errors[0].Problem, StringComparison.Ordinal);
        Assert.Equal("row 4, field 'achterstand_sinds': must be a date (yyyy-MM-dd or dd-MM-yyyy)", translation.Errors[1].ToString());
        BsnScanner.AssertNone(string.Join('\n', translation.Errors), "the translation's errors");
        Assert.DoesNotContain("368176904", string.Join('\n', translation.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_keep_their_separators_quotes_and_line_breaks_and_rows_keep_their_line_numbers()
    {
        const string export = "vacature_nummer;functie;beroepscode;postcode;uren_per_week;aantal_plaatsen;sluitingsdatum;herstelbaan;bbl;loonkostensubsidie;vaardigheden\r\n" +
            "ELK-V-0050;\"Monteur; \"\"dak en gevel\"\"\r\nLeeuwarden Oost\";7126;8925 AB;32;1;2027-06-30;ja;nee;nee;\"vca|hoogwerker\"\r\n" +
            "ELK-V-0051;Schilder;7131;8925 AB;32;1;2027-06-30;ja;nee;nee;\r\n" +
            "ELK-V-0052;Stukadoor;7123;onbekend;32;1;2027-06-30;ja;nee;nee;\r\n";

        var translation = SampleExports.Translate(export, new VacancyExport(), SampleExports.Elkien);

        Assert.Equal([2, 4, 5], translation.Rows.Select(r => r.Line));
        Assert.Equal([(5, "postcode")], translation.Errors.Select(e => (e.Line, e.Field)));
        var vacancies = translation.Messages<VacancyPublished>();
        Assert.Equal(["Monteur; \"dak en gevel\"\r\nLeeuwarden Oost", "Schilder"], vacancies.Select(v => v.Title));
        Assert.Equal(["vca", "hoogwerker"], vacancies[0].RequiredSkills);
    }

    [Fact]
    public void An_export_missing_a_column_is_refused_naming_the_column()
    {
        var translation = SampleExports.Translate("vacature_nummer;functie\nX;Y\n", new VacancyExport(), SampleExports.Elkien);

        Assert.Contains(translation.Errors, e => e is { Line: 1, Field: "postcode" });
        Assert.Empty(translation.Rows);
    }
}
