using Cchc.V1;
using CchcGrpc.Client.Connection;
using Google.Protobuf.WellKnownTypes;

namespace CchcGrpc.Client.Tui.Data;

/// <summary>
/// What the screens ask the server, through <see cref="ServerSession"/>'s typed clients. Each call
/// fetches what a screen shows and no more: lists are paged and reports are read with field masks;
/// a save sends only the values that changed, with the revision they were based on (through the
/// local draft, <see cref="Offline.DraftSync"/>); the catalog is kept on disk by version and etag.
/// Every call's outcome feeds <see cref="Link"/>, the link state the header shows.
/// </summary>
public sealed class TuiData : IDisposable
{
    /// <summary>What the entry screen shows of a report: read with it, and asked back from each save.</summary>
    public static readonly FieldMask ShownReport = Mask("name", "unit_code", "period_id", "catalog_version", "status", "revision", "values", "review_comment", "submitted_at", "submitted_late");

    // A check of typed values (validate only) needs the values it derives, and its findings.
    private static readonly FieldMask PreviewReport = Mask("values");

    private readonly Dictionary<string, GetCatalogResponse> _catalogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private readonly TokenStore _tokens;
    private readonly Offline.LinkWatch _watch;
    private readonly TimeProvider _time;
    private ServerSession _session;

    /// <param name="tokens">The stored login; its folder also keeps the drafts and the catalog cache.</param>
    public TuiData(string server, string? token, bool english, TokenStore tokens, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Server = server;
        English = english;
        HasToken = token is not null;
        _tokens = tokens;
        _time = time ?? TimeProvider.System;
        _watch = new Offline.LinkWatch(Link);
        _session = new ServerSession(server, token, english, observer: _watch);
        var folder = Path.GetDirectoryName(tokens.FilePath)!;
        Drafts = new Offline.DraftStore(folder);
        Catalogs = new Offline.CatalogStore(folder);
    }

    public string Server { get; private set; }

    /// <summary>The link as the last calls found it (every call through the session reports here).</summary>
    public Offline.ConnectionStatus Link { get; } = new();

    /// <summary>Typed values kept on disk before they are sent.</summary>
    public Offline.DraftStore Drafts { get; }

    /// <summary>Catalog versions kept on disk (a reopened client revalidates with an etag).</summary>
    public Offline.CatalogStore Catalogs { get; }

    /// <summary>Sends drafts over the current session.</summary>
    public Offline.DraftSync Sync => new(_session.Reports, Drafts, _time, ShownReport);

    public bool HasToken { get; private set; }

    public bool English { get; }

    /// <summary>Who is signed in (after <see cref="WhoAmIAsync"/> or <see cref="SignInAsync"/>).</summary>
    public Principal? Principal { get; private set; }

    /// <summary>The session in use (the slow-link and offline layers wrap its calls).</summary>
    public ServerSession Session => _session;

    /// <summary>The reconnect probe: the cheapest call that reaches the server.</summary>
    public async Task ProbeAsync(CancellationToken cancel) =>
        await _session.Auth.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public async Task<Principal> WhoAmIAsync(CancellationToken cancel)
    {
        Principal = await _session.Auth.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
        return Principal;
    }

    /// <summary>Signs in with a password; the token is kept in the same 0600 file `cchc login` writes.</summary>
    public async Task<Principal> SignInAsync(string server, string user, string password, CancellationToken cancel)
    {
        using var anonymous = new ServerSession(server, null, English, observer: _watch);
        var response = await anonymous.Auth.LoginAsync(new LoginRequest { UserName = user, Password = password }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
        var old = _session;
        _session = new ServerSession(server, response.Token, English, observer: _watch);
        old.Dispose();
        Server = server;
        HasToken = true;
        Principal = response.Principal;
        _tokens.Save(new StoredLogin(server, response.Token, user, response.ExpiresAt));
        _catalogs.Clear();
        _units.Clear();
        return response.Principal!;
    }

    /// <summary>A unit already fetched in this session, or null.</summary>
    public Unit? KnownUnit(string code)
    {
        lock (_units)
            return _units.GetValueOrDefault(code);
    }

    public async Task<Unit> UnitAsync(string code, CancellationToken cancel)
    {
        if (KnownUnit(code) is { } known)
            return known;
        var unit = await _session.Units.GetUnitAsync(new GetUnitRequest { Code = code }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
        lock (_units)
            _units[code] = unit;
        return unit;
    }

    /// <summary>The direct children of a unit (all provinces for ""), dissolved ones too, one page at a time.</summary>
    public async Task<IReadOnlyList<Unit>> ChildrenAsync(string parentCode, CancellationToken cancel)
    {
        var request = new ListUnitsRequest { ParentCode = parentCode, IncludeDissolved = true, PageSize = 500 };
        if (parentCode.Length == 0)
            request.Level = UnitLevel.Province;
        return await AllUnitsAsync(request, cancel).ConfigureAwait(false);
    }

    /// <summary>Every unit (for the browser's filter), paged.</summary>
    public Task<IReadOnlyList<Unit>> AllUnitsAsync(CancellationToken cancel) =>
        AllUnitsAsync(new ListUnitsRequest { IncludeDissolved = true, PageSize = 1000 }, cancel);

    private async Task<IReadOnlyList<Unit>> AllUnitsAsync(ListUnitsRequest request, CancellationToken cancel)
    {
        var units = new List<Unit>();
        do
        {
            var page = await _session.Units.ListUnitsAsync(request, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
            units.AddRange(page.Units);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        lock (_units)
        {
            foreach (var unit in units)
                _units[unit.Code] = unit;
        }
        return units;
    }

    public async Task<UnitLineage> LineageAsync(string code, CancellationToken cancel) =>
        await _session.Units.GetUnitLineageAsync(new GetUnitRequest { Code = code }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public async Task<IReadOnlyList<Period>> PeriodsAsync(int fromYear, int toYear, CancellationToken cancel) =>
        (await _session.Catalog.ListPeriodsAsync(new ListPeriodsRequest { FromYear = fromYear, ToYear = toYear }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false)).Periods;

    /// <summary>
    /// The catalog of a version ("" = current): once per session, from the disk cache when the server
    /// answers not_modified to its etag (or cannot be reached and a copy is there).
    /// </summary>
    public async Task<GetCatalogResponse> CatalogAsync(string version, CancellationToken cancel)
    {
        lock (_catalogs)
        {
            if (_catalogs.TryGetValue(version, out var known))
                return known;
        }
        var catalog = (await Catalogs.GetAsync(_session.Catalog, version, cancel).ConfigureAwait(false)).Catalog;
        lock (_catalogs)
        {
            _catalogs[version] = catalog;
            _catalogs[catalog.Version] = catalog;
        }
        return catalog;
    }

    /// <summary>Reports of a unit (or its subtree) without their values: what the home and the review queue list.</summary>
    public async Task<IReadOnlyList<Report>> ReportListAsync(string unitCode, bool subtree, IEnumerable<ReportStatus> statuses, CancellationToken cancel)
    {
        var request = new ListReportsRequest
        {
            UnitCode = unitCode,
            IncludeSubtree = subtree,
            PageSize = 200,
            ReadMask = Mask("name", "unit_code", "period_id", "status", "revision", "review_comment", "submitted_at", "submitted_late", "updated_at"),
        };
        request.Statuses.AddRange(statuses);
        var reports = new List<Report>();
        do
        {
            var page = await _session.Reports.ListReportsAsync(request, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
            reports.AddRange(page.Reports);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return reports;
    }

    /// <summary>One report with its values (no narrative); null when there is none yet.</summary>
    public async Task<Report?> ReportAsync(string name, CancellationToken cancel)
    {
        try
        {
            return await _session.Reports.GetReportAsync(new GetReportRequest
            {
                Name = name,
                ReadMask = ShownReport,
            }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
        }
        catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Sends the changed values only, based on <paramref name="baseRevision"/>; with <paramref name="validateOnly"/> nothing is stored.</summary>
    public async Task<UpdateReportValuesResponse> UpdateAsync(string name, long baseRevision, IEnumerable<ValueInput> changed, bool validateOnly, CancellationToken cancel)
    {
        var request = new UpdateReportValuesRequest { Name = name, BaseRevision = baseRevision, ValidateOnly = validateOnly, ReadMask = validateOnly ? PreviewReport : ShownReport };
        request.Values.AddRange(changed);
        return await _session.Reports.UpdateReportValuesAsync(request, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);
    }

    public async Task<ValidateReportResponse> ValidateAsync(string name, CancellationToken cancel) =>
        await _session.Reports.ValidateReportAsync(new ValidateReportRequest { Name = name }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public async Task<Report> SubmitAsync(string name, long revision, CancellationToken cancel) =>
        await _session.Reports.SubmitReportAsync(new ChangeReportStatusRequest { Name = name, BaseRevision = revision }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public async Task<Report> ApproveAsync(string name, long revision, CancellationToken cancel) =>
        await _session.Reports.ApproveReportAsync(new ChangeReportStatusRequest { Name = name, BaseRevision = revision }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public async Task<Report> ReturnAsync(string name, long revision, string comment, CancellationToken cancel) =>
        await _session.Reports.ReturnReportAsync(new ChangeReportStatusRequest { Name = name, BaseRevision = revision, Comment = comment }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    /// <summary>The newest <paramref name="count"/> events of a report's audit trail.</summary>
    public async Task<IReadOnlyList<ReportEvent>> HistoryAsync(string name, int count, CancellationToken cancel) =>
        (await _session.Reports.GetReportHistoryAsync(new GetReportHistoryRequest { Name = name, PageSize = count }, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false)).Events;

    public async Task<CompareResponse> CompareAsync(CompareRequest request, CancellationToken cancel) =>
        await _session.Analytics.CompareAsync(request, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public async Task<TrendResponse> TrendAsync(TrendRequest request, CancellationToken cancel) =>
        await _session.Analytics.TrendAsync(request, cancellationToken: cancel).ResponseAsync.ConfigureAwait(false);

    public void Dispose() => _session.Dispose();

    private static FieldMask Mask(params string[] paths)
    {
        var mask = new FieldMask();
        mask.Paths.AddRange(paths);
        return mask;
    }
}
