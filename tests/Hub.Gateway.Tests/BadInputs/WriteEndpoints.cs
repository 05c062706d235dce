using System.Text.Json.Nodes;
using Hub.Gateway.JobSeekers;
using Hub.Gateway.OpenApi;
using Hub.Gateway.Proposals;
using Hub.Gateway.Signals;
using Hub.Gateway.Vacancies;
using static Hub.Gateway.Tests.BadInputs.InvalidValues;

namespace Hub.Gateway.Tests.BadInputs;

/// <summary>Every POST and PUT endpoint of the gateway, with the valid example of the API document as the body to break.</summary>
internal static class WriteEndpoints
{
    public static IReadOnlyList<WriteEndpoint> All(DateOnly today, Random random) =>
    [
        new("PublishVacancy", HttpMethod.Post, "/api/v1/vacancies", GatewayApplication.EmployerKey, Example<VacancyRequest>(today), VacancyFields(today), []),
        new("UpdateVacancy", HttpMethod.Put, "/api/v1/vacancies/{id}", GatewayApplication.EmployerKey, Example<VacancyRequest>(today), VacancyFields(today), []),
        new("WithdrawVacancy", HttpMethod.Post, "/api/v1/vacancies/{id}/withdrawal", GatewayApplication.EmployerKey, null, [], []),
        new("RegisterJobSeeker", HttpMethod.Post, "/api/v1/job-seekers", GatewayApplication.JobAgencyKey, Example<JobSeekerRequest>(today), JobSeekerFields(today, random),
        [
            body => (body["hoursMin"], body["hoursMax"]) = (36, 24),
            body => body["benefitType"] = "none",
        ]),
        new("WithdrawJobSeeker", HttpMethod.Post, "/api/v1/job-seekers/withdrawals", GatewayApplication.JobAgencyKey, Example<WithdrawalRequest>(today), WithdrawalFields(random), []),
        new("RegisterStudent", HttpMethod.Post, "/api/v1/students", GatewayApplication.SchoolKey, Example<StudentRequest>(today), StudentFields(today, random),
        [
            body => (body["hoursMin"], body["hoursMax"]) = (32, 20),
        ]),
        new("WithdrawStudent", HttpMethod.Post, "/api/v1/students/withdrawals", GatewayApplication.SchoolKey, Example<WithdrawalRequest>(today), WithdrawalFields(random), []),
        new("AnswerProposal", HttpMethod.Post, "/api/v1/proposals/{id}/answer", GatewayApplication.JobAgencyKey, Example<ProposalAnswerRequest>(today), AnswerFields(),
        [
            body => body["accepted"] = false,
            body => body["contact"] = new JsonObject { ["name"] = "Sanne de Vries" },
        ]),
        new("ReportPlacement", HttpMethod.Post, "/api/v1/proposals/{id}/placement", GatewayApplication.EmployerKey, Example<PlacementRequest>(today), PlacementFields(today),
        [
            body => body["hired"] = false,
        ]),
        new("RaiseSignal", HttpMethod.Post, "/api/v1/signals", GatewayApplication.HousingKey, Example<SignalRequest>(today), SignalFields(today, random), []),
        new("AcknowledgeDeliveries", HttpMethod.Post, "/api/v1/signals/deliveries/acknowledgements", GatewayApplication.MunicipalityKey,
            Example<AcknowledgementRequest>(today), AcknowledgementFields(), []),
        new("ReportSignalOutcome", HttpMethod.Post, "/api/v1/signals/deliveries/{id}/outcome", GatewayApplication.MunicipalityKey,
            Example<OutcomeRequest>(today), OutcomeFields(), []),
        new("RecordConsent", HttpMethod.Post, "/api/v1/consents", GatewayApplication.MunicipalityKey, Example<ConsentRequest>(today), ConsentFields(today, random),
        [
            body => body["toOrganisation"] = "00000001001608755000",
            body => (body["validFrom"], body["validUntil"]) = (Date(today.AddDays(10))[1..^1], Date(today.AddDays(5))[1..^1]),
        ]),
        new("RevokeConsent", HttpMethod.Post, "/api/v1/consents/revocations", GatewayApplication.MunicipalityKey,
            Example<ConsentRevocationRequest>(today), RevocationFields(random), []),
        new("GetSubjectDisclosures", HttpMethod.Post, "/api/v1/subject-access", GatewayApplication.MunicipalityKey,
            Example<SubjectAccessRequest>(today), [new("bsn", true, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)])], []),
    ];

    /// <summary>Text that no detail or note may hold: BSNs (also with separators), control characters, broken surrogates, too long.</summary>
    private static IEnumerable<string> UnacceptableText(int maxLength) =>
    [
        .. WrongTypesForString, .. Strings("111222333", "111.222.333", "111 222 333", "BSN: 1112-22-333.", "nul\0byte", "tab\tin text", "   ", "", new string('x', maxLength + 1)),
        "\"Lone \\ud800 surrogate\"",
    ];

    private static List<FieldRule> SignalFields(DateOnly today, Random random) =>
    [
        new("bsn", true, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)]),
        new("householdBsn", false, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)]),
        new("category", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("rent", "Rent-Arrears", "rent-arrears ", "", "multi-problem")]),
        new("details", false, [.. WrongTypesForObject, "{\"Amount\":\"1\"}", "{\"\":\"1\"}", "{\"amount\":null}", "{\"amount\":{}}",
            .. Injections.Select(i => $"{{{Json(i)}:\"1\"}}"),
            $"{{{string.Join(',', Enumerable.Range(0, 21).Select(i => $"\"field-{i}\":\"1\""))}}}"]),
        new("details.amount", false, [.. UnacceptableText(200)]),
        new("details.since", false, [.. UnacceptableText(200)]),
        new("occurredOn", true, [.. MalformedDates, Date(today.AddDays(2)), Date(today.AddYears(-2).AddDays(-1)), Date(DateOnly.MaxValue), Date(DateOnly.MinValue)]),
        new("areaId", false, [.. WrongTypesForString, .. InjectionStrings, .. Strings("amsterdam-zuid", "LEEUWARDEN-OOST", "", "leeuwarden-oost ")]),
    ];

    private static List<FieldRule> AcknowledgementFields() =>
    [
        new("deliveryIds", true, [.. WrongTypesForArray, "[]", "[null]", "[\"not-a-guid\"]", "[\"00000000-0000-0000-0000-000000000000\"]", "[7126]",
            $"[{string.Join(',', Enumerable.Range(0, 501).Select(i => Json(new Guid(i, 1, 1, new byte[8]).ToString())))}]"]),
    ];

    private static List<FieldRule> OutcomeFields() =>
    [
        new("outcome", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("solved", "Help-Started", "help started", "", "   ")]),
        new("note", false, [.. WrongTypesForString, .. Strings("111222333", "Ref 1112.22.333", "nul\0byte", new string('n', 2001)), "\"Lone \\ud800 surrogate\""]),
    ];

    private static List<FieldRule> ConsentFields(DateOnly today, Random random) =>
    [
        new("bsn", true, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)]),
        new("categories", true, [.. WrongTypesForArray, "[]", "[null]", "[7126]", "[\"rent\"]", "[\"youth-nuisance\", \"multi-problem\"]",
            $"[{string.Join(',', Enumerable.Repeat("\"youth-nuisance\"", 8))}]", .. Injections.Select(i => $"[{Json(i)}]")]),
        new("fromOrganisation", false, [.. WrongTypesForString, .. InjectionStrings, .. Strings("Elkien", "0000000180232749700", "000000018023274970001", "")]),
        new("toRole", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("mayor", "Municipality", "", "debt-team")]),
        new("purpose", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("Youth Care", "youth care", "", "-care", new string('p', 42))]),
        new("validFrom", false, [.. MalformedDates, Date(today.AddYears(1).AddDays(1)), Date(today.AddYears(-1).AddDays(-1))]),
        new("validUntil", true, [.. MalformedDates, Date(today.AddDays(-1)), Date(today.AddYears(5).AddDays(1)), Date(DateOnly.MaxValue)]),
    ];

    private static List<FieldRule> RevocationFields(Random random) =>
    [
        new("bsn", true, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)]),
        new("consentId", false, [.. WrongTypesForString.Where(v => v != "\"\""), "\"not-a-guid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\"", "{}", "1"]),
    ];

    private static JsonObject Example<T>(DateOnly today) => JsonBody.From(RequestExamples.For(typeof(T), today)!);

    private static List<FieldRule> VacancyFields(DateOnly today) =>
    [
        new("title", true, [.. WrongTypesForString, .. Strings("", "   ", "ab", new string('x', 201), "Line\nbreak", "Nul\0in the title"), "\"Lone \\ud800 surrogate\""]),
        new("occupationCode", true, [.. WrongTypesForString, .. InjectionStrings,
            .. Strings("712", "1234567", "71a6", "7126 ", " 7126", "-7126", "7126.0", "", "\u0667\u0661\u0662\u0666", "\uFF17\uFF11\uFF12\uFF16")]),
        new("postcode", true, [.. WrongTypesForString, .. InjectionStrings, .. Postcodes()]),
        new("hoursPerWeek", true, [.. WrongTypesForInteger, .. IntegersOutside(1, 48)]),
        new("positions", true, [.. WrongTypesForInteger, .. IntegersOutside(1, 500)]),
        new("closingDate", true, [.. MalformedDates, Date(today.AddDays(-1)), Date(today.AddYears(1).AddDays(1)), Date(DateOnly.MinValue), Date(DateOnly.MaxValue)]),
        new("isRecoveryJob", false, WrongTypesForBoolean.Where(v => v != "null").ToList()),
        new("isLearnWorkPlace", false, WrongTypesForBoolean.Where(v => v != "null").ToList()),
        new("hasWageCostCompensation", false, WrongTypesForBoolean.Where(v => v != "null").ToList()),
        new("requiredSkills", false, [.. WrongTypesForArray, .. Terms(30)]),
        new("niceToHaveSkills", false, [.. WrongTypesForArray, .. Terms(30)]),
        new("requiredLicences", false, [.. WrongTypesForArray, .. Terms(10)]),
    ];

    private static List<FieldRule> ProfileFields(DateOnly today, Random random) =>
    [
        new("bsn", true, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)]),
        new("postcode", true, [.. WrongTypesForString, .. InjectionStrings, .. Postcodes()]),
        new("targetOccupations", true, [.. WrongTypesForArray, "[]", "[null]", "[7126]", "[\"712\"]", "[\"71265\"]", "[\"7126\", \"abc\"]",
            "[\"\u0667\u0661\u0662\u0666\"]", $"[{string.Join(',', Enumerable.Repeat("\"7126\"", 11))}]", .. Injections.Select(i => $"[{Json(i)}]")]),
        new("hoursMin", true, [.. WrongTypesForInteger, .. IntegersOutside(1, 48)]),
        new("hoursMax", true, [.. WrongTypesForInteger, .. IntegersOutside(1, 48), "1"]),
        new("availableFrom", true, [.. MalformedDates, Date(today.AddYears(1).AddDays(1)), Date(DateOnly.MaxValue)]),
        new("maxTravelKm", true, [.. WrongTypesForInteger, .. IntegersOutside(0, 200)]),
        new("consentToShare", true, WrongTypesForBoolean),
        new("hasJobGuarantee", false, WrongTypesForBoolean.Where(v => v != "null").ToList()),
        new("learnWorkDeadline", false, [.. MalformedDates, Date(today.AddDays(-1)), Date(today.AddYears(2).AddDays(1))]),
    ];

    private static List<FieldRule> JobSeekerFields(DateOnly today, Random random) =>
    [
        .. ProfileFields(today, random),
        new("skills", false, [.. WrongTypesForArray, .. Terms(30)]),
        new("languages", false, [.. WrongTypesForArray, .. Terms(10)]),
        new("licences", false, [.. WrongTypesForArray, .. Terms(10)]),
        new("educationLevel", false, [.. WrongTypesForString, .. InjectionStrings, Json(new string('m', 31)), Json("")]),
        new("benefitType", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("unemployed", "w w", "", "   ", "none?")]),
        new("benefitSince", false, [.. MalformedDates, Date(today.AddDays(1)), Date(today.AddYears(-51))]),
        new("isStudent", false, WrongTypesForBoolean.Where(v => v != "null").ToList()),
    ];

    private static List<FieldRule> StudentFields(DateOnly today, Random random) => ProfileFields(today, random);

    private static List<FieldRule> WithdrawalFields(Random random) =>
    [
        new("bsn", true, [.. WrongTypesForString, .. InjectionStrings, .. Bsns(random)]),
        new("reason", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("fired", "found work", "", "   ")]),
    ];

    private static List<FieldRule> AnswerFields() =>
    [
        new("accepted", true, WrongTypesForBoolean),
        new("contact", true, WrongTypesForObject),
        new("contact.name", true, [.. WrongTypesForString, .. InjectionStrings, .. Strings("", "   ", "Sanne123", new string('a', 101), "-Sanne")]),
        new("contact.phone", false, [.. WrongTypesForString, .. InjectionStrings, .. Strings("12345", "06-1234-567a", "+0123456789", "0612345678901", "0012345678", "")]),
        new("contact.email", false, [.. WrongTypesForString, .. InjectionStrings,
            .. Strings("no-at-sign", "a@b", "a@-b.nl", "<script>@x.nl", "sanne@example.nl<script>", new string('s', 250) + "@example.nl", "nul\0byte@example.nl", "")]),
    ];

    private static List<FieldRule> PlacementFields(DateOnly today) =>
    [
        new("hired", true, WrongTypesForBoolean),
        new("startDate", false, [.. MalformedDates, Date(today.AddYears(1).AddDays(1)), Date(today.AddYears(-1).AddDays(-1))]),
    ];
}
