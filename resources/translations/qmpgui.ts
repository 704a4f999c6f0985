<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AdviceBox</name>
    <message>
        <location filename="../../qmpgui/ui/migration_advice.py" line="+91"/>
        <source>Apply</source>
        <extracomment>The advice shown, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalloonBar</name>
    <message>
        <location filename="../../qmpgui/ui/balloon_bar.py" line="+45"/>
        <source>Balloon target</source>
        <extracomment>The spin box&apos;s most, in MiB: wide enough that a too large target is typed, and refused with a sentence, rather than silently not taken. Reasons the tooltips give but the note leaves out: the pane says them already.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balloon target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No VM selected</source>
        <extracomment>The last outcome said here, kept while it speaks of the VM shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the guest to keep this much memory (the balloon takes the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set balloon target refused: {refusal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../qmpgui/ui/banner.py" line="+33"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../qmpgui/ui/batch_panel.py" line="+87"/>
        <source>&amp;Load…</source>
        <extracomment>The run&apos;s summary sentence, for the transcript.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay between runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Batch script&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>Nothing sent: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing sent: {display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dangerous commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a script with dangerous commands on this VM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The script sends </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing sent: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running {commands} commands × {v1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Batch on {display_name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quit in a batch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Load script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts (*.qmp *.txt *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not read {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not export to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported {v0} results to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <location filename="../../qmpgui/ui/batch_results.py" line="+43"/>
        <source>Batch results</source>
        <extracomment>Result rows shown; the runner keeps every result for export.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a result to see what was sent and QEMU&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen result&apos;s exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a result to see what was sent and QEMU&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockGraphPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block_graph.py" line="+39"/>
        <source>Block graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockJobsModel</name>
    <message>
        <location filename="../../qmpgui/models/block_jobs_model.py" line="+88"/>
        <source>
error: {error}</source>
        <extracomment>The furthest fraction shown per job id (0..1). The running jobs shown, as parsed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockJobsPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block_jobs.py" line="+91"/>
        <location line="+6"/>
        <source>Block jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set spee&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Switch to the target and end the job (block-job-complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a mirror or commit job that is ready can be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+9"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the {v0} job {id} on {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it has copied so far stays; the rest is not done. A mirror that is ready ends without switching to its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set job speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit of {id} in MiB/s (0 for none):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block.py" line="+31"/>
        <source>Block devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../../qmpgui/app/config_file.py" line="+143"/>
        <source>{path} changed on disk but {error}: not applied; the window keeps its settings and does not save over the file until it is valid again</source>
        <extracomment>An editor writes a file in several steps (a temporary file, a rename, a chmod): the file is read once they have been quiet this long (ms). A copy of the live configuration (its `vms` are not used: `vms` are). Whatever the window needs to know which of its VMs each of `vms` is, in order. False while the file could not be read at start-up: it is never written then (its content is unknown), until a later read succeeds. Why the file as last read cannot be used (said once per reason); None if usable. A save was refused for that: it is made once the file is usable again. Problems with values in the file already said (at start-up or since).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is gone; the next save writes it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} changed on disk: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not saved: {path} could not be read at start-up; qmpgui saves its changes once it can read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not save {path}: {reason}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not saved: {path} {error}; qmpgui saves its changes once the file is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>could not save {path}: {v1}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not saved: {path} {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qmpgui/ui/confirm.py" line="+47"/>
        <source>Don&apos;t ask again (confirm_destructive in the config file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirmer</name>
    <message>
        <location filename="../../qmpgui/app/confirmation.py" line="+50"/>
        <source>destructive actions no longer ask first (confirm_destructive: false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../qmpgui/ui/connection_dialog.py" line="+51"/>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A libvirt connection URI: {EXAMPLES} (with ?keyfile=KEY&amp;no_verify=1 and the other URI parameters libvirt takes). Every domain of it shows under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libvirt &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give a libvirt URI such as {EXAMPLES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{uri} is in the list already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRows</name>
    <message>
        <location filename="../../qmpgui/app/connection_rows.py" line="+86"/>
        <source>{uri}: disconnected by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{uri}: domain {name} was undefined in libvirt; removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleBar</name>
    <message>
        <location filename="../../qmpgui/ui/console_bar.py" line="+30"/>
        <source>Raw QMP: JSON or shorthand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Human monitor commands, sent with human-monitor-command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this VM&apos;s QMP events in the transcript as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a script of commands, once or many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleCompletion</name>
    <message>
        <location filename="../../qmpgui/ui/console_completion.py" line="+148"/>
        <source>type a command first</source>
        <extracomment>The VM&apos;s own names (ids, nodes, jobs, ...) for argument values. The text before the cursor when Tab found no names kept yet, else None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleInput</name>
    <message>
        <location filename="../../qmpgui/ui/console_input.py" line="+55"/>
        <source>Console input</source>
        <extracomment>Given the text before the cursor, what to offer (None: nothing). Keys with modifiers the input handles itself, before any shortcut of the window. Role holding the text an item inserts. Chosen from the popup: the command&apos;s name (a template may follow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <location filename="../../qmpgui/ui/console.py" line="+105"/>
        <source>Insert template</source>
        <extracomment>The note that libvirt taints a domain whose monitor is used was shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>info status   — Enter sends, Tab completes from help, Up/Down and Ctrl+R recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{&quot;execute&quot;: &quot;query-status&quot;}   or   query-status   — Ctrl+Enter sends, Tab completes, Up/Down and Ctrl+R recall, Ctrl+T inserts a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not sent: {display_name} is not connected ({v1}); connect first (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HMP takes one line at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Command behind libvirt&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send {command} to this libvirt domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dangerous command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send {what} to this VM?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consoles</name>
    <message>
        <location filename="../../qmpgui/app/consoles.py" line="+60"/>
        <source>Select a VM to talk to its QMP monitor.</source>
        <extracomment>Whether the history file has been taken in (load_history()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the console history was not saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file could not be read at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the console history was not saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyMenu</name>
    <message>
        <location filename="../../qmpgui/ui/copy_menu.py" line="+40"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy whole pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy whole pane as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="+410"/>
        <source>this VM has no free vCPU slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceAddDialog</name>
    <message>
        <location filename="../../qmpgui/ui/device_add_dialog.py" line="+58"/>
        <source>Add device to {vm}</source>
        <extracomment>The dialog&apos;s own checks refused the device (an id in use, a value that is not one): the sentence, for the log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search device types (name or description)</source>
        <extracomment>The type whose form is `form`. Forms left for another type, with their id and bus: what the user typed there is there again when the type is chosen again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a device type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the command to the clipboard, to paste in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source> (also &apos;{alias}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Not now: {why_not}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{v0} types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{shown} of {count} types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{category} device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, on a {bus} bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {about}{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>choose a device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the id &apos;{device_id}&apos; is in use by another device: choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/device_ids.py" line="+9"/>
        <source>(QEMU chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking QEMU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the device an id: without one it cannot be removed later (device_del names it)</source>
        <extracomment>Why a device needs an id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="+270"/>
        <source>&lt;b&gt;Backend&lt;/b&gt;: what the device uses on the host side (a disk needs its drive, a NIC its netdev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Other properties&lt;/b&gt;: QEMU&apos;s defaults unless changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{UNSET_TEXT} (QEMU lists {default} for &apos;not set&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRemoval</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_removal.py" line="+77"/>
        <source>{DEL_LABEL}: QEMU did not list its devices: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{DEL_LABEL}: {display_name} has no device with an id that QEMU can unplug (it unplugs a device by its id, and not every type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove which device of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../qmpgui/app/actions/devices.py" line="+101"/>
        <source>{ADD_LABEL}: QEMU did not list its device types: {v1}</source>
        <extracomment>The name of a type&apos;s task asking what its links and backends can name, before the type. How long a device_add that timed out is looked for, and how often (seconds). The VM the dialog open is for. A libvirt domain&apos;s devices go through libvirt (its device XML).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{internal} more types are QEMU&apos;s own parts, which only QEMU creates: not listed. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QEMU did not list the properties of {name}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{ADD_LABEL} failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{ADD_LABEL}: {v1} &apos;{v2}&apos; added ({short})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>QEMU did not answer within {command_timeout_s:g} s: &apos;{device_id}&apos; may still be added when it does; qmpgui looks for it for {LATE_LOOK_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{ADD_LABEL} failed: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{ADD_LABEL}: &apos;{device_id}&apos; was added after all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/devices.py" line="+28"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-47"/>
        <source>{model} cannot go into this VM now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_displays.py" line="+22"/>
        <source>Display device and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this QEMU cannot choose a display (needs 2.12 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a display device and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unnamed} display(s) have no id and cannot be chosen by name; give the device an id (-device ...,id=NAME) to choose it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/display.py" line="+59"/>
        <source>Remote displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Op&amp;en viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open the VM&apos;s display in a remote viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VNC or SPICE server is enabled on this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Copied {address}: no desktop viewer speaks {name} over a websocket; open it in a web client such as noVNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No viewer for {name} on {text} is installed: {v2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>started {name}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not start {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPasswordBox</name>
    <message>
        <location filename="../../qmpgui/ui/display_password.py" line="+110"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New display password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+152"/>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set expiry only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Display:</source>
        <extracomment>The display was chosen for the VM shown, once its displays were known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source> Only the first {VNC_PASSWORD_CHARS} characters of a VNC password count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Set an empty {name} password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a {name} password that has expired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the expiry “{v0}” the password is expired as soon as it is set: no viewer can log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expire the {name} password now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the expiry “{v0}” the password expires at once: no viewer can log in with it until a new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Display password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainDeviceDialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_device_dialog.py" line="+91"/>
        <source>Add device — {vm_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user networking (QEMU&apos;s own, no libvirt network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep in the domain&apos;s definition (it comes back at next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Device:</source>
        <extracomment>libvirt&apos;s refusal is on show (until the user edits the form).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MAC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device XML sent to libvirt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (libvirt network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>found: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the disk&apos;s image file (its path on the domain&apos;s host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the image&apos;s full path, from / (libvirt does not read it from a folder of yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the disc&apos;s image: libvirt cannot hot-plug an empty CD-ROM drive (Eject empties it afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the target name the guest sees the disk by (vdb, sdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the domain has a disk &apos;{target}&apos; already: choose another target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainDevices</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_devices.py" line="+123"/>
        <source>the device was not attached: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept in the domain&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{ADD_LABEL} (libvirt attach_device) ok: attached, {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMigrateDialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_migrate_dialog.py" line="+94"/>
        <source>Migrate {name}</source>
        <extracomment>The destination choice that means &quot;the URI typed&quot;. What each option does, in libvirt&apos;s terms (its flags, virsh migrate&apos;s options). The width the options&apos; lines read well at (pixels). The bandwidth box&apos;s value that means no limit (libvirt&apos;s default).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep it defined at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination&apos;s libvirt keeps the domain&apos;s definition: it can be started there again after it stops (virsh migrate --persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove it from this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this libvirt forgets the domain once it runs at the destination (virsh migrate --undefinesource); off: it stays here, shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migrate even if libvirt calls it &amp;unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: libvirt refuses disks it cannot tell are shared with the destination (and writable disks without cache=none); forced, the guest at the destination may see its disks corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where the destination&apos;s QEMU listens for the memory; empty: the destination host&apos;s name (virsh migrate&apos;s MIGRATEURI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not available: libvirt does not take it here. ({line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A libvirt connection of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The libvirt connection of the host the domain goes to, opened with your own credentials (SSH keys, agent): {EXAMPLES}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSnapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_snapshots.py" line="+90"/>
        <source>Replace snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace snapshot &apos;{tag}&apos; of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt deletes the old one and saves a new one under its name: the domain can no longer go back to the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Revert {display_name} to snapshot &apos;{tag}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything the domain did since {when} is lost: libvirt brings its disks and its memory back to the snapshot, and the domain is {after} afterwards, as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete snapshot &apos;{tag}&apos; of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain can no longer go back to how it was at {when}; the running domain is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <location filename="../../qmpgui/app/ending.py" line="+129"/>
        <source>could not finish everything before quitting: {err}</source>
        <extracomment>A signal that came while the window was being made. end_now() was asked of the loop and has not run yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} again: qmpgui quits at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} while closing: qmpgui quits at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../../qmpgui/ui/event_log_view.py" line="+115"/>
        <location line="+47"/>
        <source>Event log</source>
        <extracomment>The VM filter&apos;s width, in average characters: a long name is cut in the middle. A selection larger than this is dropped when the filter changes (the current row stays). Typing pauses this long before the text filter runs over the whole log. (Level, str) for the window&apos;s message path. Exports under way: each must finish, close waits for them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Selected entry as JSON</source>
        <extracomment>Shown columns and the widths the user gave them, kept across runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an entry to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show entries of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the entries of one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show entries named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the entries with the names ticked, or one name alone (only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only entries containing this text in their VM, name, summary or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the table still while new entries arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every entry from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save entries as JSON Lines, one entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{v0:,} of {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; {dropped:,} oldest dropped (limit {limit:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not export to {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exported {v0} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitWhenConnected</name>
    <message>
        <location filename="../../qmpgui/app/exit_when_connected.py" line="+79"/>
        <source>connected to {names}</source>
        <extracomment>0 once every VM connected; 1 after an error or the bound.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not connected within {seconds:g} s: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="-185"/>
        <location line="+29"/>
        <source>not set</source>
        <extracomment>The text of a choice that leaves a property to QEMU. What an empty field whose default is QEMU&apos;s &quot;not set&quot; marker says. What a backend field says while QEMU is asked what is free. What to do when no backend of a kind is free, by Property.backend. The field&apos;s own tooltip: its name, type, default and description. Under a field QEMU is asked about: what to do when nothing is free (the placeholder alone is cut off in a narrow field).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>type its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>made by the device itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes, or with a unit: 512, 4K, 2M, 1G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{tip}
QEMU did not list them: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose one, or type its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>free: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out: {name}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;{name}&apos; takes an integer from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{name}&apos; takes a size: 512, 4K, 2M, 1G</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <location filename="../../qmpgui/app/fleet.py" line="+306"/>
        <source>{key} (not a qmpgui setting: kept as it is)</source>
        <extracomment>A VM the window should select: one just added, the demo VM once it runs (VmSession). A VM left the list (VmSession); it is being disconnected and then deleted. Preferences applied (dict: key -&gt; value, apply_settings()&apos;s keys and values): the parts of the window that follow a setting themselves (toolbar style, tray icon). The demo VM&apos;s row once it runs; whether it was asked for (it starts once). The libvirt connections&apos; rows and their domains&apos; sessions. The endpoint of the file&apos;s entry each saved VM stands for, as last read or written (a VM added in the window has none until it is saved). Repeats of an endpoint or URI, by its spelling as loaded: how many.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>connection {uri} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection {uri} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VM {display_name} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>VM {display_name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>starting the demo VM (QEMU, TCG, 128 MiB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo VM: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundSockets</name>
    <message>
        <location filename="../../qmpgui/ui/found_sockets.py" line="+45"/>
        <source>&lt;b&gt;Found sockets&lt;/b&gt;</source>
        <extracomment>(str): the socket path the user chose. The folder searched first, besides the usual places (the one the user chose).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for QMP sockets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Looking in {v0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The search failed: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../qmpgui/app/instance.py" line="+89"/>
        <source>not a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an endpoint is not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <location filename="../../qmpgui/ui/console_search.py" line="+43"/>
        <source>Search history: type, Ctrl+R for older, Enter to take, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostForwardDialog</name>
    <message>
        <location filename="../../qmpgui/ui/hostfwd_dialog.py" line="+28"/>
        <source>Add host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward a port of QEMU&apos;s host to the guest of {vm} through {nic}&apos;s user networking ({netdev}): connections to the host port reach the guest port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any address of the host (or 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guest port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not yet: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-186"/>
        <source>image file on {remote}</source>
        <extracomment>Why the file at the path cannot be used (&quot;&quot; when it can, or not looked at).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU runs on {remote}: type its path there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>detect: qemu-img reads the format from the file on this host before anything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the guest only reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi *.vhd *.vhdx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>chosen raw: the guest sees the {format} file&apos;s own bytes, not its disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>found: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>choose an image file first: its format is read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s format is not known yet: it is read from the file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the format of {path} is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFormatBox</name>
    <message>
        <location filename="../../qmpgui/ui/image_format_box.py" line="+78"/>
        <source>choose the image&apos;s format, raw or qcow2: the file is on the domain&apos;s host, where qmpgui cannot read it (qemu-img info FILE there says which)</source>
        <extracomment>The formats offered; another one the file is found in is added when found. (path, why its format could not be read).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the image&apos;s format, raw or qcow2: qmpgui could not read it ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is a {format} image (qemu-img info): attached as {chosen}, the guest sees its {format} data as the disk, and a write damages the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/inspect.py" line="+233"/>
        <source>No VM selected.</source>
        <extracomment>Actions of the window shown first in the context menu (Eject in the block pane). The VM and key path of the row last chosen here, chosen again when a refresh brings it back after it went (a monitor that reconnects empties the pane).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{display_name}: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{display_name}: updated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{display_name}: {state}; showing data from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location line="-192"/>
        <source>Copy</source>
        <extracomment>Shown columns and widths; the header&apos;s menu shows the columns hidden by default.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy whole pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy whole pane as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../../qmpgui/app/instance.py" line="+37"/>
        <source>cannot lock {lock_path} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot listen on {socket_path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not understood: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>qmpgui (pid {holder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} is running with {config_path} but did not answer within {timeout_s:g} s. Close it, or start this one with another --config file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../qmpgui/ui/key_dialog.py" line="+59"/>
        <source>Send keys to {vm}</source>
        <extracomment>What separates the keys as completion writes them (read_keys() takes + and spaces too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU&apos;s key names (QKeyCode), joined by - or +: ctrl-alt-f7, shift-a, alt-sysrq-s. They are pressed in this order and released together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys are pressed in the order typed, held for {HOLD_TIME_MS} ms and released in reverse order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sends </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../qmpgui/app/actions/keys.py" line="+80"/>
        <source>{label} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../qmpgui/app/actions/lifecycle.py" line="+75"/>
        <location line="+9"/>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Force {display_name} off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU ends at once (quit), like pulling the plug: the guest cannot save anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../qmpgui/app/list_actions.py" line="+34"/>
        <source>&amp;Add VM…</source>
        <extracomment>The libvirt connections&apos; rows selected (the window says which).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a QMP endpoint to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add c&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected VM&apos;s name or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected VMs from the list (QEMU keeps running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the selected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Add a libvirt connection (qemu:///system): every domain of it shows under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Disconnect from the selected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the selected VM for everything the panes show, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>select a VM first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{display_name} is a domain of {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a libvirt connection has nothing to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>select one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{domain}: its name is libvirt&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{domain}: remove its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>  {uri} and its {v1} domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the list:
{names}

qmpgui disconnects; QEMU keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and libvirt keeps the domains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../qmpgui/app/list_view.py" line="+29"/>
        <source>All &amp;running</source>
        <extracomment>The Select menu&apos;s choices: (objectName, text, shortcut, what it selects, what the VMs selected are, in words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All &amp;paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All with p&amp;roblems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a problem (panicked, stopped on an error, connection lost or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;All</source>
        <extracomment>The choices&apos; icons (freedesktop names; bundled in resources/icons/).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every VM shown in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select every VM shown that {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Se&amp;lect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (the filter hides some VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select: no VM shown {word}{hidden}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_live.py" line="+43"/>
        <source>&amp;Live every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh by itself; pauses while this window is hidden or minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{rate:.1f} fps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogHub</name>
    <message>
        <location filename="../../qmpgui/app/log_hub.py" line="+127"/>
        <source>could not read the event log in {folder}: {v1}</source>
        <extracomment>The file of entries that concern no single VM. The longest a slice of JSON making holds the window&apos;s thread, and its entries at most. Endpoints whose entries are shown but not written (see watch()). Entries waiting to become JSON: (endpoint, entries, how many are done).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the event log is not being saved in {folder}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the event log&apos;s last entries were not saved in {folder}: {failed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopEnded</name>
    <message>
        <location filename="../../qmpgui/app/event_loop.py" line="+125"/>
        <source>Qt ended the event loop by itself (exit code {exit_code})</source>
        <extracomment>The timer id of a handle waiting in the ready queue. The longest the ready callbacks run in a row before Qt gets its turn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachinePane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/machine.py" line="+27"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qmpgui/app/main_window.py" line="+335"/>
        <source>qmpgui closed</source>
        <extracomment>Emitted once everything is disconnected and stopped after a close. Quit was asked (not a close of the window, which the tray icon turns into hide). The VM list with its filter box; vm_list is the list itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file was not written: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/app/window_parts.py" line="+51"/>
        <source>the demo VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qmpgui was started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qmpgui was started again: opened {opened}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../qmpgui/app/actions/media.py" line="+77"/>
        <source>no drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{verb} which drive of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>eject: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+138"/>
        <source>Force {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <source>QEMU asked the guest to open it; a guest that uses the medium may refuse. Force eject takes the medium away even so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tray locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest has locked the tray of {name} in {display_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>change media: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QEMU asked the guest to open it. Force takes the old medium away and inserts {path} even so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest has locked the tray of {name}, and this QEMU cannot force a change: Eject (with Force eject) first, then Change media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaDialog</name>
    <message>
        <location filename="../../qmpgui/ui/media_dialog.py" line="+84"/>
        <source>Change media — {vm_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>detect (QEMU probes the file)</source>
        <extracomment>The path last looked at on the disk and its verdict (None: usable).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on {remote_host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU runs on {remote_host}: type the path it has there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.iso *.img *.raw *.qcow2 *.vmdk *.vdi *.vhd *.vhdx *.dmg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>QEMU on {remote_host} opens this path on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU opens the file itself, as its own user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePath</name>
    <message>
        <location filename="../../qmpgui/app/messages.py" line="+73"/>
        <source>Attention: {text}</source>
        <extracomment>Messages kept; the newest is also in the status bar. How long an INFO message stays in the status bar (ms); warnings and errors stay.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../qmpgui/app/actions/migrate.py" line="+167"/>
        <source>{MIGRATE_LABEL}: started to {uri} through libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label}: {command} refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateDialog</name>
    <message>
        <location filename="../../qmpgui/ui/migrate_dialog.py" line="+149"/>
        <source>Migrate {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>listening at {proposed_uri}</source>
        <extracomment>The source&apos;s UUID (query-uuid; None for the nil one): multifd needs the same at the destination.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Where a QEMU already listens (started with -incoming URI), or where the stream goes (exec:, file:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tcp:HOST:PORT that this VM&apos;s host can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A migration to {name} failed after it began ({spent}): its QEMU ignores further connections (QEMU takes one incoming migration per listen), so this one would fail too. Start its QEMU again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} listens there already: it is sent only the options both sides need (no migrate-incoming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is told to listen there first (migrate-incoming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{display_name} runs on another host: give the address it should listen on, reachable from this VM&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>asking this VM&apos;s QEMU what it offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this VM&apos;s QEMU does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{display_name}&apos;s QEMU does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has another UUID than this VM: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not available: {why}. ({line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — the QEMU listening there must have it on too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, and this VM&apos;s UUID ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationChart</name>
    <message>
        <location filename="../../qmpgui/ui/migration_chart.py" line="+66"/>
        <source>Migration chart: memory left and throughput over time</source>
        <extracomment>Grid lines on each value axis, and on the time axis. The time axis spans at least this many seconds, so that the first points do not stretch over the whole width. The legend&apos;s words, by series. ... once the first pass is over: the scale follows the last minute&apos;s leftovers, which go up and down by a MiB or so where the first pass sent the whole RAM. Seconds of samples the memory left&apos;s scale follows once the first pass is over.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{v0} s</source>
        <extracomment>The top of the memory left&apos;s scale, MiB (as last drawn).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time since the migration started (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/migration.py" line="+73"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Cancel migration…</source>
        <extracomment>What the shown VM&apos;s QEMU offers, asked when its advice is first needed. The limits last shown from QEMU, to follow its changes but keep the user&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Migration figures and chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limits, changed while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set &amp;limits</source>
        <extracomment>Beside each box, QEMU&apos;s value while the box holds the user&apos;s other one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source> Figures from {display_name}, the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> QEMU gives no figures on the destination side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No VM selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(QEMU has {value}{v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{CHANGE_LABEL}: the limits are already so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The domain keeps running here; libvirt removes what it had started at the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The VM keeps running here; the destination QEMU exits (start it again to take another migration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the migration of {display_name}?

{after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameFilterMenu</name>
    <message>
        <location filename="../../qmpgui/ui/event_log_names.py" line="+135"/>
        <source>All names</source>
        <extracomment>(frozenset[str] | None): the names to show; None shows every name, new ones too. The names shown (None: all), as show_choice() last said. The names in the log at the last rebuild. The kinds of each name listed, those ticked but gone from the log too. The rows of each name (one per kind it is listed under).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRow</name>
    <message>
        <location line="-75"/>
        <source>Show or hide the entries named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the entries named {name} (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/network.py" line="+49"/>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd host forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;emove host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select a NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected NIC&apos;s link (set_link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward a host port to the guest (HMP hostfwd_add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a NIC on user networking (-netdev user): only it has host forwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected host forward (HMP hostfwd_remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a host forward under its NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Set link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set the link of {name} ({v1}) on {display_name} down?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_nic_form.py" line="+34"/>
        <source>user networking: the guest reaches out through QEMU&apos;s NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tap interface of the host (QEMU needs the right to make it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tap interface name (empty: the host names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (script=no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{TAP_UP_SCRIPT} and {TAP_DOWN_SCRIPT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tap name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tap scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{model} cannot go into this VM now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../qmpgui/ui/notifier.py" line="+69"/>
        <source>connection lost</source>
        <extracomment>A notice through D-Bus: (title, text) -&gt; the server&apos;s id; raises NotifyFailed. The tray icon while one is shown (app/tray.py sets it); its messages say notices. Notifications given, newest last: (title, text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (and {more} more since the last notice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneLine</name>
    <message>
        <location filename="../../qmpgui/ui/migration_advice.py" line="-57"/>
        <source>Raise…</source>
        <extracomment>Why the advice shows, after the stuck sentence (convergence.stuck_sentence()). Spacing inside the box, pixels: compact, so that the chart stays in view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PciPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/pci.py" line="+24"/>
        <source>PCI tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerdownRow</name>
    <message>
        <location filename="../../qmpgui/ui/powerdown_bar.py" line="+45"/>
        <source>Force &amp;off</source>
        <extracomment>How long a finished row stays before it goes away by itself. (Level, str, VmSession) when the watch reaches an outcome worth a message: the text without the VM&apos;s name, and the VM it is about. Force off pressed. The row wants to go (Dismiss, or some seconds after DONE).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit QEMU now: like pulling the plug, unsaved guest data is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>asking the guest to power down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power down asked; waiting for the guest to shut down — {left} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{detail}. It may ignore the power button: force it off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{detail}: the guest had no chance to shut down cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>powered off — {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power down failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../qmpgui/ui/preferences_dialog.py" line="+108"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask before destructive actions (start, reset, power down, quit, eject, removing VMs, dangerous console commands)</source>
        <extracomment>Settings made elsewhere (the VM list&apos;s sort: its header), given back as they are. Beside each field that can be wrong: its hint, or what is wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>default: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show an icon in the system tray (VMs running and with problems, their actions, notices; closing the window then hides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tray_icon: shown where the desktop has a system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every setting above to its default (the recent images stay: Clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applied at once and saved in the configuration file; an edit of the file while qmpgui runs is taken too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{v0}; default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the screendump viewer saves (screendump_folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Screendumps saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default: the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keys that give the keyboard and mouse back from the Screen tab (screen_release_keys; QEMU&apos;s key names, such as ctrl-alt or ctrl-alt_r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen &amp;releases on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default: ctrl-alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the toolbar shows its actions (toolbar_style; also View → Toolbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Toolbar shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default: text beside icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images Change media offers again (recent_media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {RECENT_MEDIA}, newest first; default none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>give the folder&apos;s full path (starting with / or ~), or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>must be {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>enter {want}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a number: enter {want}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fix {v0} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save screendumps in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-213"/>
        <source>give the device an id: Remove device names it by its id</source>
        <extracomment>The format choice that has the format read from the file on this host. What the preview shows for a format not yet read. How long typing must pause before the path typed is looked at, in milliseconds. The ids of its devices. The buses that take a device now, by kind (&quot;PCI&quot;, &quot;usb-bus&quot;, &quot;SCSI&quot;). Why a device type cannot go in now, by type (None: it can). The host QEMU runs on when it is not this one: paths are typed, not checked. Where the MAC proposal starts (the VM&apos;s own number, so VMs differ). The image chosen changed (disk and USB storage): its path, to be looked at.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the id &apos;{device_id}&apos; is in use by another device: choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <location filename="../../qmpgui/ui/device_presets.py" line="+118"/>
        <source>&amp;Copy JSON</source>
        <extracomment>An image path was chosen or typed in a form: (the form&apos;s key, the path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Copy the commands, one a line, to paste in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Sent in this order; what a step made is removed again if a later one fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {desc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>choose a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet: {blocker}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_presets.py" line="+107"/>
        <source>{name}: {problem}; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {v1}; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> with {v0} (removed with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{ADD_LABEL}: {name} &apos;{device_id}&apos; added{with_made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{ADD_LABEL} failed: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomCopy</name>
    <message>
        <location filename="../../qmpgui/ui/qom_copy.py" line="+63"/>
        <source>Copy subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every object under this one with its property values, as QEMU&apos;s qom-tree prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Copying the subtree of {path}: {done} objects read, {waiting} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the subtree of {path}: {objects} objects, as qom-tree prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy subtree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/qom.py" line="+67"/>
        <source>R&amp;efresh</source>
        <extracomment>Polled while on screen: /machine/peripheral&apos;s listing, for devices added.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the open objects and the selected one&apos;s values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>QOM tree</source>
        <extracomment>The session whose tree is shown, and a count that changes with every clear, so that a reply for a tree cleared since is dropped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>QOM browser: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>list {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>read {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} not set: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} {name} is now {words} (read back with qom-get)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} is not in the tree (gone, or not a child of its parent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomProperties</name>
    <message>
        <location filename="../../qmpgui/ui/qom_properties.py" line="+42"/>
        <source>Properties of the selected object</source>
        <extracomment>A link or child value was clicked: go to this path. Read this property&apos;s value now (by name). Ask for a new value of this property and set it (by name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy val&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy qom-get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy qom-set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser only reads until this is on; each set asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only bool, integer and string properties are set here, not {type}</source>
        <extracomment>Whether the VM can be asked now (connected, no set under way).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on Allow changes first: the browser only reads until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the selected property with qom-set (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomPropertyModel</name>
    <message>
        <location filename="../../qmpgui/models/qom_model.py" line="+342"/>
        <source>Not read: select it and Read</source>
        <extracomment>The object shown (&quot;&quot; for none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomSearch</name>
    <message>
        <location filename="../../qmpgui/ui/qom_search.py" line="+43"/>
        <source>Search the QOM tree</source>
        <extracomment>At most this many search results are listed (a search for &quot;/&quot; would list them all). The find&apos;s task name in the pane&apos;s TaskSet. A result was chosen: go to this path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by path or type (what is loaded; Find walks it all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fin&amp;d in whole tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Objects found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{found_count} loaded objects match; Find in whole tree lists the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Searching: {done} objects listed, {waiting} waiting; {count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (the first {MAX_RESULTS} listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searched the whole tree: {count} found{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped: {v0} found so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomSetDialog</name>
    <message>
        <location filename="../../qmpgui/ui/qom_set_dialog.py" line="+38"/>
        <source>Set QOM property</source>
        <extracomment>What a set can do, said before it is sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMark</name>
    <message>
        <location filename="../../qmpgui/ui/console_bar.py" line="+42"/>
        <source>{words} · behind libvirt&apos;s back: asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transaction: ) ends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One action per line; Enter starts the next one. A &apos;)&apos; on its own line or after the last action closes the block, and then Enter sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenCanvas</name>
    <message>
        <location filename="../../qmpgui/ui/screen_canvas.py" line="+74"/>
        <source>Guest screen</source>
        <extracomment>The one key that passes a captured screen by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenFeed</name>
    <message>
        <location filename="../../qmpgui/models/screen_feed.py" line="+213"/>
        <source>{display_name} is not connected</source>
        <extracomment>Frames taken, frames that changed, and the times (monotonic) they came.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QEMU wrote a PPM of {v0} bytes that is not a readable picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/screen.py" line="+48"/>
        <source>The screen is shown in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} — screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <location filename="../../qmpgui/ui/screen_view.py" line="+64"/>
        <source>&amp;Fit</source>
        <extracomment>Said while the view shows no VM. Type text&apos;s keyboard layouts and each VM&apos;s choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale the screen to the view; off: 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Type text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a text or the clipboard&apos;s into the guest, key by key as its keyboard layout has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the screen in a window of its own (and back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Screen: {err}; Ctrl+Alt releases the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The last frame, from {when}: {display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no frame: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type text: no connected VM&apos;s screen is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type text: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Typed {strokes_count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keyboard captured — {release} releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click the screen to type into the guest (keyboard and mouse captured until {release})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused while not on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rate:.1f} fps ({label}, {size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreendumpViewer</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_viewer.py" line="+119"/>
        <source>asking QEMU for the screen…</source>
        <extracomment>The viewer&apos;s actions: words, keys, tip (Help → Keyboard shortcuts lists them too). (Level, str): a message about the VM for the window&apos;s message path; the text leaves the VM&apos;s name out (the path adds it and keeps the message as the VM&apos;s). The folder the user saved into, to remember. The grab (&quot;grab&quot;), the listing of displays (&quot;displays&quot;, a newer one replaces the older) and saves; all cancelled when the window closes. Refreshes asked for while a picture was still coming (they join it). How the first picture went (for the summary of a multi-VM screendump). The connection whose displays the chooser lists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+111"/>
        <location line="+7"/>
        <source>Screendump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Live and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> Display: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Press keys the desktop would take for itself on the VM&apos;s keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>screendump: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Save screendump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not save {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>screendump saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>screendump copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{display_name}{size} — Screendump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>taken {taken} in {v1} ({v2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>colours corrected: this QEMU swaps red and blue in PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live paused while hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{skipped_ticks} refreshes joined the picture still coming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screendumps</name>
    <message>
        <location filename="../../qmpgui/app/actions/screendumps.py" line="+53"/>
        <source>screendump: {obstacle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screendump not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} skipped: {obstacle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the viewer was closed first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendKeyMenu</name>
    <message>
        <location filename="../../qmpgui/ui/send_key_menu.py" line="+35"/>
        <source>Send &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Alt+&amp;F1 … F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch the guest&apos;s text consoles (Linux: Ctrl+Alt+F1 to F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alt+Sys&amp;Rq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linux&apos;s magic SysRq keys: Alt+SysRq with a letter, for a stuck guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type any combination of QEMU&apos;s key names, such as ctrl-alt-f7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialConsole</name>
    <message>
        <location filename="../../qmpgui/ui/serial_console.py" line="+35"/>
        <source>&amp;Stop paste</source>
        <extracomment>What the size note adds: the guest cannot learn the terminal&apos;s size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no more of the paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Terminal {columns}×{rows}: {SIZE_NOTE}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/serial.py" line="+89"/>
        <source>Serial port</source>
        <extracomment>The port chosen on each VM, chosen again when it is current again. What the list shows now: each port&apos;s title and reason. Each VM&apos;s console, kept while qmpgui runs (its text and its open port).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+222"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Show the console in a window of its own ({DETACH})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Detach the terminal into a window of its own, or put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect the console to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../qmpgui/ui/shortcuts_dialog.py" line="+37"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search keys, actions and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../qmpgui/ui/snapshot_dialog.py" line="+48"/>
        <source>Create snapshot of {vm}</source>
        <extracomment>What the snapshot is for, in the user&apos;s words (libvirt keeps it); &quot;&quot; for none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the RAM state too: reverting resumes the guest as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The RAM state is always saved here: {ram_fixed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>what this snapshot is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved on: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Not in the snapshot: {left_out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A snapshot named &apos;{tag}&apos; exists: you will be asked to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/snapshots.py" line="+42"/>
        <location line="+16"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{text} (from HMP &apos;info snapshots&apos;)</source>
        <extracomment>(uuid, tags, generation) whose pictures were last asked for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}
No snapshot can be saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}
Not in snapshots: {cannot}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/snapshots.py" line="+148"/>
        <source>Replace snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace snapshot &apos;{tag}&apos; of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot taken {v0} is deleted and a new one saved under its name: the VM can no longer go back to the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create snapshot: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no picture kept of snapshot &apos;{tag}&apos;: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{label} of {display_name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the revert to &apos;{tag}&apos; failed and QEMU left the VM stopped in &apos;{RESTORE_VM}&apos;: Resume runs it on as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{display_name} is stopped in &apos;{RESTORE_VM}&apos; after a failed revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU said: {error}
Resume runs the VM on with the disks and RAM it has now; Leave stopped keeps it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../qmpgui/models/screen_feed.py" line="-187"/>
        <source>screendump over SSH</source>
        <extracomment>Seconds between frames, by where they come from (the rate aimed at: 25, 4, 10 fps). Seconds between frames while the screen is still and no input comes. How long the screen must stay the same, in seconds, before frames slow down. Seconds to wait before trying again after a frame failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshQuestions</name>
    <message>
        <location filename="../../qmpgui/ui/ssh_questions.py" line="+28"/>
        <source>Unknown SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authenticity of host &lt;b&gt;{v0}&lt;/b&gt; can&apos;t be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} key fingerprint is&lt;br&gt;&lt;tt&gt;{v1}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Check it with the host&apos;s administrator; on the host,&lt;br&gt;&lt;tt style=&apos;white-space: pre&apos;&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;&lt;br&gt;shows it. Trusted, it is added to ~/.ssh/known_hosts and not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/status.py" line="+43"/>
        <source>VM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No VM selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{command_count} commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {event_count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> ({skipped_polls} ticks skipped while QEMU was slow to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid {peer_pid}, user {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <location filename="../../qmpgui/ui/terminal_view.py" line="+113"/>
        <source>Serial console terminal</source>
        <extracomment>Lines kept above the screen; older ones are dropped. Lines a wheel step scrolls. The eight ANSI colours and their bright variants (pyte&apos;s names), on a light and on a dark background (xterm&apos;s and VGA&apos;s tones, darkened or lightened to read on each). A run&apos;s style: pyte&apos;s fg and bg, reverse, bold, and whether it is selected. (bytes): what the user typed or pasted, as a terminal sends it. (int, int): the emulated screen&apos;s columns and rows changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&amp;Copy</source>
        <extracomment>Lines scrolled back from the bottom (0: the live screen). The window keys that pass the terminal by (window_keys.py&apos;s combined ints).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsFilesBox</name>
    <message>
        <location filename="../../qmpgui/ui/tls_files.py" line="+39"/>
        <source>the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (for QEMU&apos;s verify-peer=off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>default: {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the {what} file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the client certificate&apos;s key too (or neither).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the client key&apos;s certificate too (or neither).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolbarStyle</name>
    <message>
        <location filename="../../qmpgui/app/toolbar_style.py" line="+48"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the toolbar shows its actions (toolbar_style)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracePane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/trace.py" line="+105"/>
        <source>Search trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search events: words filter, * and ? are sent as a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Trace events</source>
        <extracomment>The last switch&apos;s outcome in words and tone, kept until the user acts again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>trace events {pattern} not read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where the trace goes: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{shown} event{v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>pattern {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} event{plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trace-event-set-state: enable {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trace-event-set-state: disable {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {count} events matching {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable {what} on {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{done} event{v1} {verb}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{words}; then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trace: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptActions</name>
    <message>
        <location filename="../../qmpgui/ui/console_transcript.py" line="+72"/>
        <source>Copy request as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy request as &amp;qmp-shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;reply as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy e&amp;xchange (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy event as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save reply to a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines (*.jsonl);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>could not save the {what} to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saved the {what} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../qmpgui/models/transcript.py" line="+294"/>
        <source>(HMP) {v0}</source>
        <extracomment>Top-level rows kept; beyond them the oldest go. Events wait this long to join the transcript together: under a storm each insert, with the rows it pushes out, costs the view a layout of every row. Replies kept, by their sizes added up (Item.size); beyond it the oldest rows go. Sizes here count characters of the pretty text: bytes for ASCII. Larger replies show their first TRUNCATED_LINES lines until &quot;show all&quot;. The most lines a cut reply shows (from its first TRUNCATE_BYTES // 4 characters). A reply up to this size opens fully expanded. Members of a larger object or array are grouped in ranges of this many. A longer line is shown cut (copying gives all of it). The Line of a row, for views. A bool: a JSON line under a top-level row (highlight it), or not (the top-level rows, HMP output, notes, ranges, actions). Rows dropped at the bound since the console opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{stamp}  → {sent}   … waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{v0} … ({more:,} more characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../qmpgui/ui/transcript_view.py" line="+86"/>
        <source>Console transcript</source>
        <extracomment>An action row was activated: (Action value, the row&apos;s index).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../qmpgui/app/tray.py" line="+107"/>
        <source>qmpgui keeps running in the system tray</source>
        <extracomment>How long the badge may wait to count again after a VM changed (ms): a burst of changes (every VM reconnecting) is counted once. Whether closing the window was said to hide it (said once per run).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its icon shows the window again; Quit in its menu (or File → Quit) closes qmpgui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close qmpgui (running VMs keep running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show in &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeTextDialog</name>
    <message>
        <location filename="../../qmpgui/ui/type_text_dialog.py" line="+54"/>
        <source>Type text into {vm}</source>
        <extracomment>A layout&apos;s keymap, or None while it is read (or when there is none: en-us&apos;s table). Asks for a layout&apos;s keymap: calls back with it once read (off the UI thread). The dialog&apos;s width at first: the lines wrap within it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guest keyboard &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent key by key as the guest&apos;s keyboard layout types each character (QEMU&apos;s keymap of it), with Shift or AltGr where needed: choose the layout the guest uses. The event log says how many characters, never which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading QEMU&apos;s {layout_name} keymap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU&apos;s keymap of {layout_name} cannot be read here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../qmpgui/ui/user_guide.py" line="+138"/>
        <source>qmpgui user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The guide could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmActions</name>
    <message>
        <location filename="../../qmpgui/app/actions/vm_actions.py" line="+116"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this QEMU has no &apos;{command}&apos; command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not possible while the VM is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM waits for an incoming migration: it is a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a running or paused VM can migrate (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>select a VM first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>select one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select one VM: this acts on one VM at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none of the selected VMs can ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{label} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>these VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>these {sessions_count} VMs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmDialog</name>
    <message>
        <location filename="../../qmpgui/ui/vm_dialog.py" line="+82"/>
        <source>Edit VM</source>
        <extracomment>The Browse dialog&apos;s filters: sockets by their usual names, or every file. What the dialog says of the endpoint to give, and of a `tls:` endpoint. What at a typed path makes Found sockets search its folder. The certificate files of a `tls:` endpoint (kept for another endpoint too).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>optional: defaults to the VM&apos;s -name, else the endpoint</source>
        <extracomment>Relative paths are read against this folder, and kept absolute. The endpoint text the last finished check was for, and what it found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the QMP socket file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This endpoint is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the QMP socket path or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kept as {endpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the QMP socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+323"/>
        <source>Disk I/O (read + write, last 60 polls): {v0}</source>
        <extracomment>The columns&apos; numbers, in that order. How long a changed disk rate may wait to be repainted with others. The disk I/O history (read+write bytes/s, oldest first) the sparkline draws. Each connection&apos;s domain sessions, and the number its children&apos;s indexes carry as internalId (0 is the top level).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qmpgui connects once QEMU listens on {endpoint_text} (it looks again every {WATCH_MAX_DELAY_S:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given on the command line: not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListPanel</name>
    <message>
        <location filename="../../qmpgui/ui/vm_list_panel.py" line="+27"/>
        <source>Filter the VM list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter VMs: name, endpoint or state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the VMs whose name, endpoint or state holds every word typed (Escape empties it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{visible} of {every}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filter hides {hidden} of the list&apos;s {every} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All rows match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListView</name>
    <message>
        <location filename="../../qmpgui/ui/vm_list_view.py" line="+60"/>
        <source>VM list</source>
        <extracomment>The share of the list&apos;s width Name and State may each take when fitted to their text. The least width left to the Endpoint column (which takes the rest), in average characters. Rows were taken out of the view (hidden by the filter, or removed): the selection and the current row may have changed without a signal of their own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../qmpgui/app/window_state.py" line="+119"/>
        <source>could not read the window&apos;s layout from {path}: {v1}; the window starts at its default size</source>
        <extracomment>The first window&apos;s size where the screen has room for it, in logical pixels. The part of the screen&apos;s free width and height left around a window made to fit it (on each side): room for the window manager&apos;s frame and a glimpse of the desktop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>the window&apos;s layout was not kept: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>__init__</name>
    <message>
        <location filename="../../qmpgui/app/__init__.py" line="+25"/>
        <source>%(asctime)s %(name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../qmpgui/qmp/actions.py" line="+66"/>
        <source>&amp;Pause</source>
        <extracomment>After these, `cont` fails: Reset first (qmp-protocol.md, section 4). Quit ends QEMU in any state; it also ends an incoming migration that waits in vain. A stopped, shut down or panicked guest still has a screen; an incoming one has none yet. A device goes into a VM whose machine exists and is not being moved or saved. Deleting a snapshot needs a VM that is not migrating or saving one. The table, in menu order within each group.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the VM&apos;s CPUs (stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the VM&apos;s CPUs (cont)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a VM that QEMU was told to hold before it booted (-S) (cont)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU was started with -S: it holds the guest until told to go. Starting boots the guest for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot the shut-off domain through libvirt (libvirt&apos;s create, as virsh start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wake a suspended guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the VM at once (system_reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest restarts at once, as with a reset button: whatever it has not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Power &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the power button: ask the guest to shut down (system_powerdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask {these} to power down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each guest decides how to shut down; qmpgui waits and then offers to force it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End QEMU at once, like pulling the plug (quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit QEMU for {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU ends at once, like pulling the plug: the guest cannot save anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the domain&apos;s QEMU at once through libvirt, like pulling the plug (destroy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force {these} off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt ends QEMU at once (destroy), like pulling the plug: the guest cannot save anything. The domain stays defined, shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the domain&apos;s QEMU at once, like pulling the plug (libvirt&apos;s destroy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scree&amp;ndump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the VM&apos;s screen (screendump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the domain&apos;s screen (libvirt&apos;s screenshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press keys on the guest&apos;s keyboard that the desktop would take for itself (send-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eject the medium of a removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eject the medium of {drive} in {vm}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest loses access to it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eject the medium of a removable drive (libvirt&apos;s device update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert an image into a removable drive (CD-ROM, floppy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert an image into a removable drive (CD-ROM, floppy) (libvirt&apos;s device update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug a device into the running VM: any type this QEMU offers (device_add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a disk, a CD-ROM drive, a NIC or a USB tablet through libvirt (libvirt&apos;s attach_device, as virsh attach-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug the device selected in the Devices, PCI or Block devices pane (device_del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detach the device selected in the Devices, PCI or Block devices pane through libvirt, from its definition too where it is there (libvirt&apos;s detach_device, as virsh detach-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {device} from {vm}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest loses the device as if it were pulled out: a disk&apos;s unsaved writes or a NIC&apos;s connections go with it. A PCI device goes once the guest lets it go; the backends qmpgui made for it go after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guest loses the device as if it were pulled out: a disk&apos;s unsaved writes or a NIC&apos;s connections go with it. libvirt detaches it, from the domain&apos;s definition too where it is there, and removes what it made for it; a PCI device goes once the guest lets it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the VM&apos;s disks, and its RAM if you choose, as a snapshot (snapshot-save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;vert to snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the VM back to the snapshot selected in the Snapshots pane (snapshot-load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert {vm} to snapshot &apos;{tag}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the VM did since {when} is lost: its disks and its RAM go back to the snapshot, and a running guest jumps back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De&amp;lete snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the snapshot selected in the Snapshots pane (snapshot-delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snapshot &apos;{tag}&apos; of {vm}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM can no longer go back to how it was at {when}; the running VM is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>M&amp;igrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the running VM to another QEMU: a VM of the list waiting for it, or a URI (migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move the running domain live to another libvirt connection (libvirt&apos;s migrate, as virsh migrate --live)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batch_results</name>
    <message>
        <location filename="../../qmpgui/models/batch_results.py" line="+38"/>
        <source>ok {v0:.2f} ms</source>
        <extracomment>The StepResult of a row. Rows the list keeps by default; older ones go as new ones come. A reply shown longer than this many lines is cut (Export results… writes it whole).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#{iteration} line {line} {name}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reply: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reply ({state}, {v1:.2f} ms) to line {line}, run {iteration}:
{reply}

Sent:
{v5}
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_graph_model</name>
    <message>
        <location filename="../../qmpgui/models/block_graph_model.py" line="+45"/>
        <source>not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bitmap {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unnamed bitmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{named}: {dirty} dirty, granularity {granularity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drive {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>
(its children are shown where the node first appears)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_jobs_model</name>
    <message>
        <location filename="../../qmpgui/models/block_jobs_model.py" line="-55"/>
        <source> (I/O {io_status})</source>
        <extracomment>The Progress column: its cell is the percentage, which the view draws as a bar. The first cell of a job that ended starts with this key&apos;s kind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_model</name>
    <message>
        <location filename="../../qmpgui/models/block_model.py" line="+51"/>
        <source>, locked</source>
        <extracomment>The columns a pane shows only when asked; every column is in the row&apos;s tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{v0} ({v1} ops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qdev id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I/O status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libvirt target: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing file: {backing_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qdev path: {qdev}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../qmpgui/ui/crash.py" line="+43"/>
        <source>qmpgui: internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qmpgui hit an internal error and may not work correctly:

{summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_presets</name>
    <message>
        <location filename="../../qmpgui/ui/device_presets.py" line="-138"/>
        <source>this VM has no free vCPU slot</source>
        <extracomment>The group&apos;s heading in the picker. The role of a preset item&apos;s key in the picker. Each preset: its key, name and what it does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what most users add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Not now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_removal</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_removal.py" line="-61"/>
        <source>{v0} cannot be unplugged: QEMU does not take this device out of a running VM (its hotpluggable property is false); it goes when the VM is stopped and started without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../qmpgui/ui/panes/display.py" line="-150"/>
        <source> (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy {protocol} websocket address {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open {protocol} viewer on {text}{tls}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display_model</name>
    <message>
        <location filename="../../qmpgui/models/display_model.py" line="+22"/>
        <source>listens on {v0}: the display is reachable from the network</source>
        <extracomment>A server row&apos;s value when QEMU does not offer the query (built without VNC or SPICE).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>channel {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>x509: {x509_dname}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SASL: {sasl_username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listener {server_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS {vencrypt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auth {auth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enabled on {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {v0} connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display_password</name>
    <message>
        <location filename="../../qmpgui/ui/display_password.py" line="-226"/>
        <source>no VM selected</source>
        <extracomment>The expiry menu&apos;s entries, in order. What the box says while the display can take a password. The longest wait the seconds field takes: a year. Runs a coroutine as the pane&apos;s background work (TaskSet.spawn&apos;s shape).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{v0} is not in use on this VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_refusals</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_refusals.py" line="+24"/>
        <source>the USB controller of {domain} has no free port: remove a USB device from it first (Remove device), or give the domain another USB controller or a USB hub in its definition (virsh edit {domain}), which it has from its next start</source>
        <extracomment>libvirt 9.0&apos;s refusal when every port of the domain&apos;s USB controllers is taken.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>disk &apos;{target}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the domain {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_snapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_snapshots.py" line="-112"/>
        <source>a snapshot is being saved, reverted to or deleted</source>
        <extracomment>Asks a destructive question: (title, text, session, detail, accept) -&gt; confirmed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt has not listed the domain&apos;s disks and snapshots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this domain has no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no parent (they become roots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The snapshots taken from it ({names}) are kept, now under {under}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <location filename="../../qmpgui/app/actions/domains.py" line="+29"/>
        <source>libvirt manages this VM: Force off ends it through libvirt, which sees it</source>
        <extracomment>Start&apos;s question for shut-off domains (the table&apos;s speaks of QEMU held with -S). domain_refusal()&apos;s answer when the usual checks (connection, run state) decide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the domain is {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the domain is {state}: Start boots it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>event_log</name>
    <message>
        <location filename="../../qmpgui/ui/event_log_names.py" line="-34"/>
        <source>Events</source>
        <extracomment>The heading of each kind&apos;s group, in the menu&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <location filename="../../qmpgui/app/fleet.py" line="+42"/>
        <source>VM {before} renamed {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: {each} (the file is left as it is)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>found_sockets</name>
    <message>
        <location filename="../../qmpgui/ui/found_sockets.py" line="+36"/>
        <source>None of the folders searched could be read ({places}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} QMP socket{v1} in {where}: choose one to fill </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No QMP socket answered in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {entries:,} entries of {place} and its folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it looked at {v0} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sockets that may be monitors were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket that may be a monitor was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unprobed} more {what} not probed (at most {PROBES} are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> The search stopped early: {v0}. For a socket not listed, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose its folder with Browse… or type its path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <location filename="../../qmpgui/models/block_graph_model.py" line="-66"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="-135"/>
        <source>Virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="+10"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="-9"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/block_jobs_model.py" line="-17"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="+6"/>
        <location filename="../../qmpgui/models/device_list_model.py" line="+13"/>
        <location filename="../../qmpgui/models/qom_model.py" line="-280"/>
        <location line="+207"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/block_model.py" line="-10"/>
        <source>Device</source>
        <extracomment>What tells drives apart and what goes wrong come first, so that the I/O status is on screen in a narrow pane; the rest follow, hidden until the header&apos;s menu shows them (HIDDEN_BY_DEFAULT).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/pci_model.py" line="+26"/>
        <source>qdev id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/device_list_model.py" line="+0"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+28"/>
        <location filename="../../qmpgui/models/trace_model.py" line="+19"/>
        <location filename="../../qmpgui/models/vm_list.py" line="-319"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/display_model.py" line="-191"/>
        <location filename="../../qmpgui/models/machine_model.py" line="+16"/>
        <location filename="../../qmpgui/models/qom_model.py" line="+0"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../qmpgui/models/machine_model.py" line="+0"/>
        <location filename="../../qmpgui/models/qom_model.py" line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/event_log.py" line="+51"/>
        <source>Time</source>
        <extracomment>Entries the log holds unless told otherwise; beyond it the oldest go. How often arrived entries are inserted: each insert repaints the table (about 8 ms with its text laid out), so a storm is shown ten times a second, not at every frame. Rows dropped at the bound are let go of in groups this big: freeing 100,000 entries at once held the window for 85 ms. The columns&apos; numbers, left to right. The columns&apos; titles, in that order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/snapshot_model.py" line="-6"/>
        <location filename="../../qmpgui/models/vm_list.py" line="-1"/>
        <source>Name</source>
        <extracomment>A top-level row: a plain endpoint&apos;s session or a libvirt connection. The columns&apos; titles, left to right.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/network_model.py" line="+16"/>
        <source>NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/pci_model.py" line="-4"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor:device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IRQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BARs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/qom_model.py" line="-207"/>
        <source>Object</source>
        <extracomment>A node&apos;s QOM path (str) under Qt.UserRole. A listing was asked and has not come back. Its row under its parent, kept by the model (a search of the siblings would make a view&apos;s layout of 1,000 children quadratic).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+1"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/trace_model.py" line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+2"/>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/shortcuts_dialog.py" line="-36"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <location filename="../../qmpgui/app/instance.py" line="-154"/>
        <source>{folder} is not a folder that only this user may enter</source>
        <extracomment>Seconds a second start waits for the first to take what it hands over (the first may be starting or closing meanwhile). The longest handover message the first reads, in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>its window now shows {passed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its window is brought to the front</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>key_list</name>
    <message>
        <location filename="../../qmpgui/ui/key_list.py" line="+88"/>
        <location line="+43"/>
        <source>Window</source>
        <extracomment>Where the action table&apos;s actions work. The keys widgets read themselves, not through a QAction: (keys, what, where).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the {title} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Screendump viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the keyboard and mouse back from the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen_release_keys setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../qmpgui/qmp/keys.py" line="+71"/>
        <source>ends an X server where allowed</source>
        <extracomment>How long each combination is held, in ms (QEMU&apos;s default for send-key). Keys pressed at once, at most: libvirt&apos;s VIR_DOMAIN_SEND_KEY_MAX_KEYS (QEMU takes more, but no guest needs them). What separates the keys of a typed combination (&quot;ctrl-alt-delete&quot;, &quot;ctrl+alt+f1&quot;, &quot;ctrl alt del&quot;): one - or + (with spaces around it or not), or spaces alone. Everyday names for QKeyCodes, as people write them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reboot at once, without syncing</source>
        <extracomment>Ctrl+Alt+F1 .. F12: a Linux guest&apos;s virtual consoles. Linux&apos;s magic SysRq letters (the kernel&apos;s admin-guide/sysrq.rst) and what each does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crash the kernel (kdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end every process (SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the OOM killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help, on the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill every process (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thaw frozen file systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill the console&apos;s programs (SAK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backtrace of all CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registers and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take the keyboard out of raw mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remount file systems read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the blocked tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>machine_model</name>
    <message>
        <location filename="../../qmpgui/models/machine_model.py" line="+8"/>
        <source>thread {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mouse {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, frontend open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, frontend closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{status} (running: {running})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{command_count} commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {event_count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machine type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Character devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/media_dialog.py" line="-210"/>
        <source>, tray open</source>
        <extracomment>Where the path typed is looked at: stat() on a hung network share must not hold the window; one thread, so that looks end in the order they were asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>memory_nodes</name>
    <message>
        <location filename="../../qmpgui/models/memory_nodes.py" line="+43"/>
        <source> of {v0} at most</source>
        <extracomment>The queries behind the rows, for &quot;copy as JSON&quot;. QEMU&apos;s device types (MemoryDeviceInfo&apos;s `type`) in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backend {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{total} ({v1} at start + {v2} plugged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;memballoon model=&apos;virtio&apos;/&gt; in the domain&apos;s XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no balloon device ({add} adds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest keeps {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the balloon holds {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the guest keeps {v0} of {v1}{held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QEMU keeps the target for the guest&apos;s balloon driver and does not report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known: QEMU reports only what the guest keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Balloon target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{v0}, asked at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{asked}: reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest keeps what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{asked}: the guest has moved since, to {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another client asked another target, or the guest&apos;s driver chose so itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{asked}: not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest&apos;s balloon driver has yet to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{asked}: not {way} yet (needs the guest&apos;s driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{current} used of {most} (virsh dominfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; balloon actual {v0} (virsh dommemstat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../qmpgui/app/menus.py" line="+46"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migrate</name>
    <message>
        <location filename="../../qmpgui/app/actions/migrate.py" line="-189"/>
        <source>the domain is {v0}: libvirt migrates a running or paused domain live (Start it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a running or paused domain can migrate (it is {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a migration of this VM is already under way ({words})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migrate_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/migrate_dialog.py" line="-194"/>
        <source>&amp;Start migration</source>
        <extracomment>The spin boxes&apos; ranges, in the units shown (MiB/s, ms). Shown until the source&apos;s settings are known: QEMU&apos;s defaults. The destination choice that means &quot;the URI typed&quot;. The URI proposed for it to listen on (&quot;&quot; when it must be asked: another host), or the one it listens on already (`listening`). What its QEMU offers; None until it answered. Whether it listens at `proposed_uri` already (started with -incoming URI, or told by an attempt before): no migrate-incoming is sent to it again. Why it cannot take a migration now (an attempt that reached it failed: QEMU ignores later connections), or None (session/migration.py&apos;s Migrations.spent()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration</name>
    <message>
        <location filename="../../qmpgui/ui/panes/migration.py" line="+24"/>
        <source>{v0:.1f} s since it began {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_figures</name>
    <message>
        <location filename="../../qmpgui/ui/migration_figures.py" line="+42"/>
        <source>{v0:.1f} MiB/s</source>
        <extracomment>The rows, in order: key (the value label&apos;s objectName is migration_KEY) and label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{v0:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} ({dirty_pages_rate} pages/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source> at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming migration{at}: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for an incoming migration at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for an incoming migration (QEMU started with -incoming defer): Migrate… on the source VM tells this VM where to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migrating: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No migration. Migrate… (Ctrl+Shift+I) moves this domain to another libvirt connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No migration. Migrate… (Ctrl+Shift+I) moves this VM to another QEMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoming migration through libvirt: libvirt holds this domain until it ends (the source&apos;s Migration pane follows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network_model</name>
    <message>
        <location filename="../../qmpgui/models/network_model.py" line="+19"/>
        <source>no addresses listed</source>
        <extracomment>Said where QEMU sent nothing. A link&apos;s words: QEMU reports none, so a link not set here is up, as every NIC starts. The key of a host forward&apos;s row under its NIC: (&quot;forward&quot;, rule).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; table overflowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promiscuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Host forwards: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RX filter (query-rx-filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host forward {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panes</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block.py" line="-11"/>
        <source>&amp;Block devices</source>
        <extracomment>What this pane offers the actions as its selection (SelectedVms.item): a drive&apos;s key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/block_graph.py" line="-11"/>
        <source>Block gr&amp;aph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/block_jobs.py" line="-159"/>
        <source>Block &amp;jobs</source>
        <extracomment>The least width of a progress bar, in pixels: wide enough to see it move. How often the jobs are asked while one runs and the pane shows (milliseconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/devices.py" line="-8"/>
        <source>Devi&amp;ces</source>
        <extracomment>What the panes offer Remove device as their selection (SelectedVms.item): a device&apos;s id, from the pane on screen (one kind per pane, so that each keeps its provider).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/display.py" line="+6"/>
        <source>D&amp;isplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/machine.py" line="-9"/>
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/migration.py" line="-320"/>
        <source>Mi&amp;gration</source>
        <extracomment>The limits the pane changes live: QEMU&apos;s name, the spin box&apos;s objectName, its label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/network.py" line="-148"/>
        <source>Ne&amp;twork</source>
        <extracomment>What the guest loses when its NIC&apos;s link goes down. Why the buttons are off on a libvirt domain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/pci.py" line="-7"/>
        <source>&amp;PCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/qom.py" line="-360"/>
        <source>&amp;QOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/screen.py" line="-90"/>
        <source>Scree&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/serial.py" line="-232"/>
        <source>Seria&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/snapshots.py" line="-118"/>
        <source>Snapsh&amp;ots</source>
        <extracomment>What this pane offers the actions as its selection (SelectedVms.item): a snapshot&apos;s tag.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/status.py" line="-95"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/trace.py" line="-349"/>
        <source>T&amp;race events</source>
        <extracomment>What switching many events on does, said before it is done. The scopes in the Apply to box&apos;s order; each item&apos;s data is its scope, since the checked scope&apos;s shown text carries its count (&quot;Checked events (2)&quot;). Milliseconds of typing a pattern before it is sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pci_model</name>
    <message>
        <location filename="../../qmpgui/models/pci_model.py" line="+14"/>
        <source>I/O</source>
        <extracomment>The BARs column: left out of a row&apos;s tooltip, which lists its BARs one a line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> prefetchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Bus (not numbered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bus {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (behind {qdev_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>multi-function device ({functions_count} functions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../qmpgui/app/preferences.py" line="+39"/>
        <source>preferences: {said}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/preferences_dialog.py" line="-297"/>
        <source>{low:,.10g} to {high:,.10g} {unit}</source>
        <extracomment>The number settings, in the order shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom_copy</name>
    <message>
        <location filename="../../qmpgui/ui/qom_copy.py" line="-91"/>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screen_image</name>
    <message>
        <location filename="../../qmpgui/models/screen_image.py" line="+53"/>
        <source>QEMU wrote a {v0} file of {v1} bytes that is not a readable picture</source>
        <extracomment>The red/blue check compares a grid of CHECK_GRID by CHECK_GRID points over the screen. Points whose red and blue differ needed for a verdict; a grey screen says nothing. Undecided checks per connection before qmpgui stops asking for the extra PPM. The picture, in QImage.Format_RGB32; red and blue put right when `corrected`. The screendump it came from: the file&apos;s bytes as QEMU wrote them, its format (&quot;png&quot; or &quot;ppm&quot;), the round trip in seconds and when it was read. Red and blue were exchanged to undo a QEMU that swapped them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>PNG encoding failed</source>
        <extracomment>The VM&apos;s one Screendumper (session.screendump.screendumper()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screendump_save</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_save.py" line="+27"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{vm_name} screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creation Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QEMU version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>qmpgui {__version__}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>send_key_menu</name>
    <message>
        <location filename="../../qmpgui/ui/send_key_menu.py" line="+13"/>
        <source>Send &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial</name>
    <message>
        <location filename="../../qmpgui/ui/panes/serial.py" line="-20"/>
        <source>Serial console — {v0}</source>
        <extracomment>The list&apos;s first row while no port is chosen. The pane&apos;s words while the console is in its own window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_model</name>
    <message>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+38"/>
        <source>none (disks only)</source>
        <extracomment>State says libvirt&apos;s word alone; the RAM state column says it too, beside the memory (a VM&apos;s snapshots have no state to show). libvirt&apos;s words for a domain&apos;s state when a snapshot was taken, as the window says them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (partial: not on every disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken from: {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libvirt&apos;s current snapshot: the domain was last taken or reverted to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some disks lack this snapshot: reverting to it fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_pictures</name>
    <message>
        <location filename="../../qmpgui/models/snapshot_pictures.py" line="+50"/>
        <source>this VM has no UUID to keep pictures under</source>
        <extracomment>The pictures&apos; width in pixels; the height keeps the screen&apos;s proportions. Counts pictures taken and removed by this process: a view that read them at another count reads them again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/snapshots.py" line="-225"/>
        <source>not possible while the VM is {status}</source>
        <extracomment>What a failed revert leaves (qapi/run-state.json); `cont` runs the VM on from there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a snapshot is being saved, reverted to or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VM&apos;s disks and snapshots are not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this VM has no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{tag}&apos; holds the disks only, no RAM state: QEMU reverts such a snapshot only while the VM is off (qemu-img snapshot -a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{tag}&apos; is not on every disk of the VM, so QEMU cannot revert to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the moment it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/snapshots.py" line="+129"/>
        <source>{text} (libvirt&apos;s snapshots; the current one marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
libvirt did not list them: {libvirt_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text}
No snapshot can be saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
A snapshot keeps the memory: {MEMORY_REQUIRED}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}
Not in snapshots: {cannot}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../qmpgui/models/text.py" line="+29"/>
        <source>{v0} B</source>
        <extracomment>A value the server did not send (or that does not apply): an em dash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not available on this QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toolbar</name>
    <message>
        <location filename="../../qmpgui/app/toolbar_style.py" line="-34"/>
        <source>Text &amp;beside icons</source>
        <extracomment>Each toolbar_style value: Qt&apos;s style, the menu&apos;s words, the action&apos;s objectName.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text &amp;under icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Icons only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transcript_lines</name>
    <message>
        <location filename="../../qmpgui/models/transcript_lines.py" line="+156"/>
        <source>… {v0} more of {v1}: Show all (double-click)</source>
        <extracomment>About how many characters of its contents a closed `{` or `[` line shows (preview()). One level of pretty-printed JSON, as json.dumps(indent=2) writes it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save reply to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{v0:.1f} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{v0:.0f} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../qmpgui/ui/tray.py" line="+61"/>
        <source>qmpgui: {v0}</source>
        <extracomment>The sizes the badged icon is drawn at (pixels): trays ask for 16 to 32, HiDPI more. At most this many problem VMs are named in the tooltip; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>user_guide</name>
    <message>
        <location filename="../../qmpgui/ui/user_guide.py" line="-114"/>
        <source>README.md</source>
        <extracomment>Pictures wider than this are shown narrower, to fit the guide&apos;s window (pixels).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source># qmpgui

The user guide was not found: it is the README of qmpgui&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>*(picture: {v0})*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vm_list</name>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+377"/>
        <source>incoming: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>libvirt connection {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given on the command line: not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <location filename="../../qmpgui/app/window_actions.py" line="+43"/>
        <source>Click a field after this to read what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close qmpgui (running VMs keep running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every setting of the configuration file, applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the event log of all VMs: events, connections and commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected VM&apos;s raw QMP/HMP console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected VM&apos;s screen (its tab, or its window when detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;rial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected VM&apos;s serial console (its tab, or its window when detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every keyboard shortcut of qmpgui, searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use qmpgui, shown here without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;qmpgui {__version__}&lt;/b&gt;&lt;p&gt;A desktop control panel for QEMU virtual machines, speaking QMP.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_parts</name>
    <message>
        <location filename="../../qmpgui/app/window_parts.py" line="-24"/>
        <source>Panes of the selected VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event log and console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nsole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_state</name>
    <message>
        <location filename="../../qmpgui/app/window_state.py" line="+28"/>
        <location line="+25"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is not an INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not write {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the write failed (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
