// The operators' console: a few views over the JSON API under ./api, routed by the URL hash. No build step.
'use strict';

const page = document.getElementById('page');
let me = null;
let refresh = null;
// Each route() starts a new view; an answer that arrives for an earlier view is dropped, so a slow request of the page
// the operator just left never writes into (or fails) the page they are on now.
let view = 0;
class Superseded extends Error {}

const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
// Namespaces off every type name, generic arguments included: "ResponseHandler<VacancyDetails>", not "VacancyDetails>".
const shortType = (type) => String(type ?? '').replace(/[\w`]+\./g, '');
const time = (value) => value ? new Date(value).toISOString().replace('T', ' ').replace('Z', '') : '';
const ms = (value) => value == null ? '' : `${Number(value).toFixed(1)} ms`;
const stage = (s) => `<span class="stage ${esc(s)}">${esc(s)}</span>`;
const isId = (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
// An entity id among the facts opens that entity's story.
const facts = (f) => Object.entries(f ?? {}).map(([k, v]) => isId(v)
  ? `${esc(k)}=<a class="fact-link" href="#/fact/${esc(v)}">${esc(v)}</a>` : `${esc(k)}=${esc(v)}`).join(' ');

async function api(path, options) {
  const asked = view;
  const response = await fetch(`api/${path}`, { credentials: 'same-origin', ...options });
  if (asked !== view) throw new Superseded();
  if (response.status === 401) { location.href = 'login.html'; throw new Error('signed out'); }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const fields = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
    throw new Error(`${problem.title ?? response.statusText} ${fields}`.trim());
  }
  const body = response.status === 204 || response.status === 202 ? null : await response.json();
  if (asked !== view) throw new Superseded();
  return body;
}

function show(html) { page.innerHTML = html; }
function fail(error) { if (!(error instanceof Superseded)) show(`<p class="error" id="problem">${esc(error.message)}</p>`); }

const routes = {
  messages: showMessages,
  message: showMessage,
  conversation: showConversation,
  fact: showFact,
  failures: showFailures,
  deliveries: showDeliveries,
  live: showLive,
  signals: showSignals,
  figures: showFigures,
  alerts: showAlerts,
  'operator-log': showOperatorLog,
};

async function route() {
  clearInterval(refresh);
  view += 1;
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, id] = path.split('/');
  document.querySelectorAll('header nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('href') === `#/${name || 'messages'}`));
  try {
    await (routes[name] ?? showMessages)(id, new URLSearchParams(query ?? ''));
  } catch (error) {
    fail(error);
  }
}

async function showMessages(_, params) {
  const fields = ['businessId', 'messageType', 'service', 'stage', 'from', 'to'];
  const stages = ['', 'sent', 'received', 'processed', 'faulted', 'retried'];
  show(`<h1>Messages</h1>
    <form class="filters" id="search">
      <label>Business id <input name="businessId" id="businessId" size="38" placeholder="vacancy, proposal, signal or organisation id"></label>
      <label>Message type <input name="messageType" id="messageType" placeholder="VacancyPublished"></label>
      <label>Service <input name="service" id="service" placeholder="Hub.JobMatching"></label>
      <label>Status <select name="stage" id="stage">${stages.map((s) => `<option value="${s}">${s || 'any'}</option>`).join('')}</select></label>
      <label>From <input name="from" id="from" type="date"></label>
      <label>To <input name="to" id="to" type="date"></label>
      <label title="Requests for data and their answers, such as a partner reading its vacancy"><input name="reads" id="reads" type="checkbox"> Include reads</label>
      <button type="submit" id="search-button">Search</button>
    </form>
    <div id="results"></div>`);
  const form = document.getElementById('search');
  fields.forEach((f) => { if (params.get(f)) form.elements[f].value = params.get(f); });
  form.elements.reads.checked = params.get('reads') === 'true';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    fields.forEach((f) => { if (form.elements[f].value) query.set(f, form.elements[f].value); });
    if (form.elements.reads.checked) query.set('reads', 'true');
    location.hash = `#/messages?${query}`;
  });
  const query = new URLSearchParams();
  fields.forEach((f) => { if (params.get(f)) query.set(f, params.get(f)); });
  if (params.get('reads') === 'true') query.set('reads', 'true');
  const pageSize = 50;
  // One more than a page: whether there is an older page at all, so the last page offers none.
  query.set('limit', pageSize + 1);
  if (params.get('before')) query.set('before', params.get('before'));
  const found = await api(`messages?${query}`);
  const hasOlder = found.length > pageSize;
  const records = found.slice(0, pageSize);
  const businessId = params.get('businessId')?.trim();
  // The next page starts after this page's last record (keyset paging: stable while new records arrive).
  const older = new URLSearchParams(query);
  older.delete('limit');
  if (hasOlder) older.set('before', records[records.length - 1].cursor);
  document.getElementById('results').innerHTML = records.length === 0 ? '<p class="muted" id="no-results">No messages found in your areas.</p>' : `
    ${businessId ? `<p><a id="fact-timeline-link" href="#/fact/${esc(encodeURIComponent(businessId))}">Follow ${esc(businessId)} from start to end</a>
      <span class="muted">(every business message about it, whatever conversation it was in)</span></p>` : ''}
    <table id="message-table"><tr><th>When</th><th>Status</th><th>Message</th><th>Service</th><th>Endpoint</th><th>Business facts</th><th>Area</th><th>Conversation</th></tr>
    ${records.map((r) => `<tr class="message-row" data-message-id="${esc(r.messageId)}">
      <td>${time(r.occurredAt)}</td><td>${stage(r.stage)}</td>
      <td><a class="message-link" href="#/message/${esc(r.messageId)}">${esc(shortType(r.messageType))}</a></td>
      <td>${esc(r.service)}</td><td class="wrap">${esc(r.endpoint)}</td><td class="facts">${facts(r.facts)}</td><td>${esc(r.areaId)}</td>
      <td>${r.conversationId ? `<a class="conversation-link" href="#/conversation/${esc(r.conversationId)}">conversation</a>` : ''}</td></tr>`).join('')}</table>
    <p class="paging">${params.get('before') ? `<a id="newest-page" href="#/messages?${esc(withoutCursor(query))}">Newest</a>` : ''}
      ${hasOlder ? `<a id="older-page" href="#/messages?${esc(older)}">Older</a>` : ''}</p>`;
}

function withoutCursor(query) {
  const first = new URLSearchParams(query);
  first.delete('before');
  first.delete('limit');
  return first;
}

async function showMessage(id) {
  const t = await api(`messages/${encodeURIComponent(id)}`);
  show(`<h1>${esc(shortType(t.messageType))} <span class="muted">${esc(t.messageId)}</span></h1>
    <p>Outcome: <strong id="outcome">${esc(t.outcome)}</strong>.
      Processing time: <strong id="processing-time">${ms(t.processingMilliseconds) || 'n/a'}</strong>.
      Critical time: <strong id="critical-time">${ms(t.criticalMilliseconds) || 'n/a'}</strong>.
      ${t.conversationId ? `<a id="conversation-link" href="#/conversation/${esc(t.conversationId)}">Conversation</a>` : ''}
      ${t.traceId ? `<a id="trace-link" href="${esc(me.jaegerUrl)}/trace/${esc(t.traceId)}" target="_blank" rel="noopener">Trace ${esc(t.traceId)}</a>` : ''}</p>
    <h2>Timeline</h2>
    <table id="timeline"><tr><th>When</th><th>Status</th><th>Service</th><th>Endpoint</th><th>Consumer / by</th><th>Processing</th><th>Critical</th><th>Error</th></tr>
    ${t.entries.map((e) => `<tr class="timeline-entry ${esc(e.stage)}"><td>${time(e.occurredAt)}</td><td>${stage(e.stage)}${e.retryAttempt ? ` #${e.retryAttempt}` : ''}</td>
      <td>${esc(e.service)}</td><td class="wrap">${esc(e.endpoint)}</td><td class="wrap">${esc(shortType(e.consumer))}</td><td>${ms(e.processingMilliseconds)}</td><td>${ms(e.criticalMilliseconds)}</td>
      <td class="error wrap">${esc(e.exceptionType ? `${shortType(e.exceptionType)}: ${e.exceptionMessage ?? ''}` : '')}</td></tr>`).join('')}</table>
    <p class="facts">${facts(t.entries.find((e) => Object.keys(e.facts).length)?.facts)}</p>`);
}

async function showFact(id) {
  const t = await api(`facts/${encodeURIComponent(id)}`);
  show(`<h1>Story of <span class="muted">${esc(t.fact)}</span></h1>
    <p class="muted">Every business message about it in your areas, oldest first, whatever conversation each was in.
      ${t.truncated ? '<strong id="truncated">Only the first messages are shown.</strong>' : ''}</p>
    <table id="fact-timeline"><tr><th>When</th><th>Message</th><th>Outcome</th><th>Services</th><th>Business facts</th><th>Area</th><th>Conversation</th></tr>
    ${t.events.map((e) => `<tr class="fact-event" data-message-type="${esc(shortType(e.messageType))}">
      <td>${time(e.at)}</td><td><a class="message-link" href="#/message/${esc(e.messageId)}">${esc(shortType(e.messageType))}</a></td>
      <td><span class="outcome ${esc(e.outcome)}">${esc(e.outcome)}</span></td><td>${esc(e.services.join(', '))}</td>
      <td class="facts">${facts(e.facts)}</td><td>${esc(e.areaId)}</td>
      <td>${e.conversationId ? `<a class="conversation-link" href="#/conversation/${esc(e.conversationId)}">conversation</a>` : ''}</td></tr>`).join('')}</table>`);
}

async function showConversation(id) {
  const c = await api(`conversations/${encodeURIComponent(id)}`);
  const records = c.records;
  const lanes = [...new Set(records.map((r) => r.service))];
  const messages = [...new Set(records.map((r) => r.messageId))].map((messageId) => {
    const rs = records.filter((r) => r.messageId === messageId);
    const sent = rs.find((r) => r.stage === 'sent');
    const handled = rs.filter((r) => ['processed', 'faulted'].includes(r.stage));
    return { messageId, type: shortType(rs[0].messageType), sent, handled, first: rs[0], last: rs[rs.length - 1] };
  });
  show(`<h1>Conversation <span class="muted">${esc(c.conversationId)}</span></h1>
    <p>Trace: ${c.traceIds.map((t) => `<a class="trace-link" href="${esc(me.jaegerUrl)}/trace/${esc(t)}" target="_blank" rel="noopener">${esc(t)}</a>`).join(', ') || 'none'}</p>
    <h2>Flow</h2>${sequenceDiagram(lanes, messages)}
    <h2>Waterfall</h2>${waterfall(messages)}`);
}

function sequenceDiagram(lanes, messages) {
  const laneWidth = 220, rowHeight = 34, top = 40;
  const x = (service) => 110 + lanes.indexOf(service) * laneWidth;
  const arrows = [];
  messages.forEach((m) => {
    const from = m.sent?.service ?? m.first.service;
    const targets = m.handled.length ? m.handled : [m.last];
    targets.forEach((h) => arrows.push({ m, from, to: h.service, failed: h.stage === 'faulted' }));
  });
  const height = top + arrows.length * rowHeight + 20;
  const width = 120 + lanes.length * laneWidth;
  const lines = lanes.map((l) => `<text x="${x(l)}" y="20" text-anchor="middle" font-weight="bold">${esc(l)}</text>
    <line x1="${x(l)}" y1="28" x2="${x(l)}" y2="${height}" stroke="#9ca3af" stroke-dasharray="4 3"/>`).join('');
  const drawn = arrows.map((a, i) => {
    const y = top + i * rowHeight + 14, x1 = x(a.from), x2 = x(a.to), colour = a.failed ? '#dc2626' : '#2563eb';
    const path = x1 === x2 ? `M${x1} ${y - 8} h40 v16 h-40` : `M${x1} ${y} L${x2} ${y}`;
    return `<a href="#/message/${esc(a.m.messageId)}"><path d="${path}" stroke="${colour}" fill="none" stroke-width="2" marker-end="url(#arrow)"/>
      <text class="label" x="${(x1 + x2) / 2 + (x1 === x2 ? 48 : 0)}" y="${y - 5}" text-anchor="${x1 === x2 ? 'start' : 'middle'}" fill="${colour}">${esc(a.m.type)}${a.failed ? ' (failed)' : ''}</text></a>`;
  }).join('');
  return `<div class="wide"><svg id="sequence-diagram" width="${width}" height="${height}" role="img" aria-label="message flow">
    <defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#374151"/></marker></defs>
    ${lines}${drawn}</svg></div>`;
}

function waterfall(messages) {
  const start = Math.min(...messages.map((m) => new Date(m.sent?.occurredAt ?? m.first.occurredAt)));
  const end = Math.max(...messages.map((m) => new Date(m.last.occurredAt)), start + 1);
  const scale = 600 / (end - start);
  const rows = messages.map((m, i) => {
    const s = new Date(m.sent?.occurredAt ?? m.first.occurredAt) - start, e = new Date(m.last.occurredAt) - start;
    const failed = m.handled.some((h) => h.stage === 'faulted');
    return `<text x="0" y="${i * 22 + 15}">${esc(m.type)}</text>
      <rect x="${180 + s * scale}" y="${i * 22 + 4}" width="${Math.max(2, (e - s) * scale)}" height="14" fill="${failed ? '#dc2626' : '#059669'}"/>
      <text x="${186 + e * scale}" y="${i * 22 + 15}" class="muted">${(e - s).toFixed(0)} ms</text>`;
  }).join('');
  return `<div class="wide"><svg id="waterfall" width="880" height="${messages.length * 22 + 10}">${rows}</svg></div>`;
}

async function showFailures(_, params) {
  const from = params.get('from') ?? '', to = params.get('to') ?? '', group = params.get('group');
  const groups = await api(`failures/groups?${new URLSearchParams({ ...(from && { from }), ...(to && { to }) })}`);
  const messages = await api(`failures?${group ? `groupId=${encodeURIComponent(group)}` : ''}`);
  const retry = me.mayRetry;
  show(`<h1>Failed messages</h1>
    <form class="filters" id="failure-filter"><label>From <input type="date" name="from" value="${esc(from)}"></label>
      <label>To <input type="date" name="to" value="${esc(to)}"></label><button type="submit">Filter</button>
      ${retry ? '<button type="button" id="retry-all">Retry all (rate-limited)</button>' : ''}</form>
    <h2>Groups (exception type and consumer)</h2>
    ${groups.length === 0 ? '<p class="muted" id="no-groups">No unresolved failures.</p>' : `<table id="failure-groups">
      <tr><th>Exception</th><th>Consumer</th><th>Queue</th><th>Count</th><th>First seen</th><th>Last seen</th><th>Latest error</th><th></th></tr>
      ${groups.map((g) => `<tr class="failure-group" data-group-id="${esc(g.groupId)}"><td>${esc(shortType(g.exceptionType))}</td><td>${esc(shortType(g.consumer))}</td>
        <td class="wrap">${esc(g.queue)}</td><td class="count">${g.count}</td><td>${time(g.firstSeen)}</td><td>${time(g.lastSeen)}</td><td class="wrap">${esc(g.sampleMessage)}</td>
        <td><a class="show-group" href="#/failures?group=${esc(g.groupId)}">messages</a>
        ${retry ? `<button class="retry-group" data-group-id="${esc(g.groupId)}">Retry group</button><button class="archive-group" data-group-id="${esc(g.groupId)}">Archive group</button>` : ''}</td></tr>`).join('')}</table>`}
    <h2>Messages${group ? ' in the group' : ''}</h2>
    ${messages.length === 0 ? '<p class="muted">None.</p>' : `<table id="failed-messages">
      <tr><th>Last failed</th><th>Message</th><th>Queue</th><th>Failures</th><th>Status</th><th>After retry</th><th>Error</th><th></th></tr>
      ${messages.map((m) => `<tr class="failed-message" data-message-id="${esc(m.messageId)}"><td>${time(m.lastFailedAt)}</td>
        <td><a href="#/message/${esc(m.messageId)}">${esc(shortType(m.messageType))}</a><br><span class="muted">${esc(m.messageId)}</span></td>
        <td>${esc(m.queue)}</td><td>${m.failureCount}</td><td class="status">${esc(m.status)}</td>
        <td class="outcome outcome-${esc((m.outcome ?? '').split(' ')[0])}">${esc(m.outcome ?? '')}</td>
        <td><details><summary>${esc(shortType(m.exceptionType))}: ${esc(m.exceptionMessage)}</summary><pre>${esc(m.stackTrace)}</pre></details></td>
        <td>${retry && ['Unresolved', 'Retried'].includes(m.status) ? `<button class="retry-message" data-id="${esc(m.id)}">Retry</button>` : ''}
          ${retry && m.status === 'Unresolved' ? `<button class="archive-message" data-id="${esc(m.id)}">Archive</button>` : ''}</td></tr>`).join('')}</table>`}`);
  document.getElementById('failure-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    const f = event.target.elements;
    location.hash = `#/failures?${new URLSearchParams({ ...(f.from.value && { from: f.from.value }), ...(f.to.value && { to: f.to.value }) })}`;
  });
  const act = (selector, path) => page.querySelectorAll(selector).forEach((button) => button.addEventListener('click', async () => {
    button.disabled = true;
    try { await api(path(button.dataset), { method: 'POST' }); await route(); } catch (error) { fail(error); }
  }));
  act('.retry-message', (d) => `failures/${d.id}/retry`);
  act('.archive-message', (d) => `failures/${d.id}/archive`);
  act('.retry-group', (d) => `failures/groups/${d.groupId}/retry`);
  act('.archive-group', (d) => `failures/groups/${d.groupId}/archive`);
  act('#retry-all', () => 'failures/retry-all');
  refresh = setInterval(() => { if (!document.querySelector('details[open]')) route(); }, 5000);
}

async function showDeliveries(_, params) {
  const status = params.get('status') ?? 'failed';
  const view = await api(`partner-deliveries?${status === 'all' ? '' : `status=${encodeURIComponent(status)}`}`);
  const retry = me.mayRetry;
  show(`<h1>Partner deliveries</h1>
    <p class="muted">What the partner adapters pushed to partner systems' webhooks. A delivery the partner refused, or that kept failing,
      waits here until an operator retries it.</p>
    <form class="filters" id="delivery-filter"><label>Status <select name="status" id="delivery-status">
      ${['failed', 'pending', 'delivered', 'all'].map((s) => `<option value="${s}" ${s === status ? 'selected' : ''}>${s}</option>`).join('')}</select></label>
      <button type="submit">Show</button></form>
    ${view.notAnswering.length ? `<p class="error" id="not-answering">Not answering: ${esc(view.notAnswering.join(', '))}. Their deliveries are missing here.</p>` : ''}
    ${view.deliveries.length === 0 ? `<p class="muted" id="no-deliveries">No ${status === 'all' ? '' : esc(status)} deliveries in your areas.</p>` : `<table id="deliveries">
      <tr><th>Created</th><th>Adapter</th><th>Partner</th><th>Event</th><th>Delivery</th><th>Status</th><th>Attempts</th><th>Last error</th><th>Area</th><th></th></tr>
      ${view.deliveries.map((d) => `<tr class="delivery" data-delivery-id="${esc(d.deliveryId)}"><td>${time(d.createdAt)}</td><td>${esc(d.adapter)}</td>
        <td>${esc(d.partnerOrganisation)}</td><td>${esc(d.eventType)}</td><td class="wrap"><a class="fact-link" href="#/fact/${esc(d.deliveryId)}">${esc(d.deliveryId)}</a></td>
        <td class="delivery-status ${d.status === 'failed' ? 'error' : ''}">${esc(d.status)}</td><td>${d.attempts}</td><td class="error wrap">${esc(d.lastError)}</td>
        <td>${esc(d.areaId)}</td>
        <td>${retry && d.status === 'failed' ? `<button type="button" class="retry-delivery" data-adapter="${esc(d.adapter)}">Retry</button>` : ''}</td></tr>`).join('')}</table>`}`);
  document.getElementById('delivery-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/deliveries?status=${encodeURIComponent(event.target.elements.status.value)}`;
  });
  document.querySelectorAll('.retry-delivery').forEach((button) => button.addEventListener('click', async () => {
    const row = button.closest('tr');
    button.disabled = true;
    try {
      await api(`adapters/${encodeURIComponent(button.dataset.adapter)}/deliveries/${encodeURIComponent(row.dataset.deliveryId)}/retry`, { method: 'POST' });
      row.querySelector('.delivery-status').textContent = 'retrying';
      row.querySelector('.delivery-status').classList.remove('error');
      button.remove();
    } catch (error) {
      if (error instanceof Superseded) return;
      button.disabled = false;
      row.querySelector('.delivery-status').textContent = error.message;
    }
  }));
}

async function showLive() {
  const live = await api('live');
  show(`<h1>Live <span class="muted">${time(live.takenAt)}</span></h1>
    <h2>Message rates (per minute, last 5 minutes)</h2>
    <table id="rates"><tr><th>Service</th><th>Sent</th><th>Processed</th><th>Faulted</th></tr>
    ${live.rates.map((r) => `<tr><td>${esc(r.service)}</td><td>${r.sentPerMinute}</td><td>${r.processedPerMinute}</td><td>${r.faultedPerMinute}</td></tr>`).join('')}</table>
    <h2>Service health</h2>
    <table id="health"><tr><th>Service</th><th>Status</th></tr>
    ${live.health.map((h) => `<tr><td>${esc(h.service)}</td><td class="${h.status === 'ready' ? '' : 'error'}">${esc(h.status)}</td></tr>`).join('')}</table>
    <h2>Queues</h2>
    ${live.queues == null ? '<p class="muted">No broker (embedded run).</p>' : `<table id="queues"><tr><th>Queue</th><th>Depth</th><th>Consumers</th><th>In /s</th><th>Out /s</th></tr>
    ${live.queues.map((q) => `<tr class="${q.name.endsWith('_error') && q.depth > 0 ? 'error' : ''}"><td class="wrap">${esc(q.name)}</td><td>${q.depth}</td><td>${q.consumers}</td>
      <td>${q.publishRate.toFixed(1)}</td><td>${q.deliverRate.toFixed(1)}</td></tr>`).join('')}</table>`}`);
  refresh = setInterval(route, 5000);
}

async function showSignals() {
  const counts = await api('figures/signal-decisions');
  const max = Math.max(1, ...counts.map((c) => c.count));
  show(`<h1>Signal decisions</h1><p class="muted">Counts only: no subjects, no content.</p>
    ${counts.length === 0 ? '<p class="muted">No signal decisions in your areas yet.</p>' : `<table id="signal-decisions">
    <tr><th>Category</th><th>Decision</th><th>Basis or reason</th><th>Area</th><th>Count</th><th></th></tr>
    ${counts.map((c) => `<tr><td>${esc(c.category)}</td><td>${esc(c.decision)}</td><td>${esc(c.basisOrReason)}</td><td>${esc(c.area)}</td><td>${c.count}</td>
      <td><svg width="200" height="12"><rect width="${(c.count / max) * 200}" height="12" fill="${c.decision === 'delivered' ? '#059669' : '#d97706'}"/></svg></td></tr>`).join('')}</table>`}`);
}

async function showFigures() {
  const rows = await api('figures/areas');
  const areas = [...new Set(rows.map((r) => r.areaId))];
  const series = [['vacancies', '#2563eb'], ['proposals', '#7c3aed'], ['placements', '#059669'], ['signals', '#d97706']];
  show(`<h1>Area figures</h1>
    <p>${series.map(([name, colour]) => `<svg width="12" height="12"><rect width="12" height="12" fill="${colour}"/></svg> ${name}`).join(' &nbsp; ')}</p>
    ${areas.length === 0 ? '<p class="muted">No figures for your areas yet.</p>' : areas.map((area) => {
      const months = rows.filter((r) => r.areaId === area);
      const max = Math.max(1, ...months.flatMap((m) => series.map(([s]) => m[s])));
      const groupWidth = series.length * 16 + 24;
      const bars = months.map((m, i) => series.map(([s, colour], j) => {
        const h = (m[s] / max) * 140;
        return `<rect x="${40 + i * groupWidth + j * 16}" y="${160 - h}" width="14" height="${h}" fill="${colour}"><title>${esc(s)}: ${m[s]}</title></rect>`;
      }).join('') + `<text x="${40 + i * groupWidth}" y="176">${esc(m.month)}</text>`).join('');
      return `<h2>${esc(area)}</h2><svg class="area-chart" data-area="${esc(area)}" width="${60 + months.length * groupWidth}" height="185">
        <line x1="36" y1="160" x2="${50 + months.length * groupWidth}" y2="160" stroke="#9ca3af"/><text x="0" y="24">${max}</text>${bars}</svg>
        <table class="area-table"><tr><th>Month</th>${series.map(([s]) => `<th>${s}</th>`).join('')}</tr>
        ${months.map((m) => `<tr><td>${esc(m.month)}</td>${series.map(([s]) => `<td>${m[s]}</td>`).join('')}</tr>`).join('')}</table>`;
    }).join('')}`);
}

async function showAlerts() {
  const alerts = await api('alerts');
  show(`<h1>Alerts</h1>${alerts.length === 0 ? '<p class="muted">No alerts.</p>' : `<table id="alerts"><tr><th>When</th><th>Kind</th><th>Subject</th><th>What</th></tr>
    ${alerts.map((a) => `<tr><td>${time(a.raisedAt)}</td><td>${esc(a.kind)}</td><td>${esc(a.subject)}</td><td>${esc(a.text)}</td></tr>`).join('')}</table>`}`);
}

async function showOperatorLog(_, params) {
  const fields = ['user', 'action', 'from', 'to'];
  const actions = ['', 'sign-in', 'sign-out', 'retry', 'retry-group', 'retry-all', 'archive', 'archive-group', 'adapter-retry'];
  show(`<h1>Operator log</h1>
    <form class="filters" id="log-search">
      <label>User <input name="user" id="log-user"></label>
      <label>Action <select name="action" id="log-action">${actions.map((a) => `<option value="${a}">${a || 'any'}</option>`).join('')}</select></label>
      <label>From <input name="from" id="log-from" placeholder="2026-12-01"></label>
      <label>To <input name="to" id="log-to" placeholder="2026-12-31"></label>
      <button type="submit" id="log-search-button">Search</button>
    </form><div id="log-results"></div>`);
  const form = document.getElementById('log-search');
  fields.forEach((f) => { if (params.get(f)) form.elements[f].value = params.get(f); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams(fields.filter((f) => form.elements[f].value).map((f) => [f, form.elements[f].value]));
    location.hash = `#/operator-log?${query}`;
  });
  const query = new URLSearchParams(fields.filter((f) => params.get(f)).map((f) => [f, params.get(f)]));
  const entries = await api(`operator-log?${query}`);
  document.getElementById('log-results').innerHTML = entries.length === 0 ? '<p class="muted">Nothing found.</p>'
    : `<table id="operator-log"><tr><th>When</th><th>User</th><th>Action</th><th>On</th><th>Outcome</th><th>Address</th><th>Areas</th></tr>
      ${entries.map((e) => `<tr><td>${time(e.occurredAt)}</td><td>${esc(e.userName)}</td><td>${esc(e.action)}</td><td>${esc(e.target)}</td>
        <td>${esc(e.outcome)}</td><td>${esc(e.address)}</td><td>${esc(e.areas)}</td></tr>`).join('')}</table>`;
}

(async () => {
  try {
    me = await api('me');
    document.getElementById('nav-operator-log').hidden = !me.isAdmin;
    document.getElementById('who').textContent = `${me.name} (${me.role}${me.areas ? `: ${me.areas.join(', ')}` : ', all areas'})`;
    window.addEventListener('hashchange', route);
    await route();
  } catch (error) {
    fail(error);
  }
})();
