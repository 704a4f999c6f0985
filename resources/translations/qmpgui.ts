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
    <name>Argument</name>
    <message>
        <location filename="../../qmpgui/qmp/schema.py" line="+42"/>
        <source>one of {v0}</source>
        <extracomment>Readable names of the builtin types&apos; `json-type`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../qmpgui/session/unplug.py" line="+79"/>
        <source>the drive node &apos;{name}&apos;</source>
        <extracomment>Its node-name, drive id or netdev id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network backend &apos;{name}&apos;</source>
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
    <name>CommandFailed</name>
    <message>
        <location filename="../../qmpgui/qmp/errors.py" line="+101"/>
        <source>this QEMU has no command &apos;{command}&apos; ({desc})</source>
        <extracomment>Largest message accepted from a server. QEMU&apos;s usual replies stay far below it (query-qmp-schema is about 200 KiB), but the console may ask for 10 MB and more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{command} failed: {error_class}: {desc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTimeout</name>
    <message>
        <location line="+19"/>
        <source>{command} timed out: QEMU did not answer within {seconds:g} s (is the VM stopped with SIGSTOP, or the monitor stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../../qmpgui/app/config_file.py" line="+146"/>
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
        <location line="+19"/>
        <source>{name} changed on disk: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} was edited on disk while qmpgui changed the same settings: {v1}. qmpgui&apos;s values are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{head}; the edited file is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}; the edited file could not be kept aside ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>Console</name>
    <message>
        <location filename="../../qmpgui/qmp/screendump.py" line="+57"/>
        <source>text console</source>
        <extracomment>The display device&apos;s QOM path; None for a console without one (a text console).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device}, head {head}</source>
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
    <message>
        <location filename="../../qmpgui/virt/console_ops.py" line="+71"/>
        <source>the console failed</source>
        <extracomment>Bytes read from the stream at once. Seconds a write waits for a full stream to take more, in all. libvirt&apos;s `recv`/`send` answer on a non-blocking stream with nothing to do now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the domain&apos;s console closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the console of {domain} is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the console of {domain} takes no more input</source>
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
    <name>CpuSlot</name>
    <message>
        <location filename="../../qmpgui/qmp/presets.py" line="+90"/>
        <source>the next slot</source>
        <extracomment>The kinds of backend a step creates: a block node (removed with blockdev-del) or a network backend (netdev_del). The disk models a disk preset offers: virtio-blk on a PCI bus, scsi-hd on a SCSI bus. The NIC models a NIC preset offers. The image formats a user can name when the file cannot be looked at here. The scripts QEMU runs for a tap backend when netdev_add names none (script=, downscript=): the host&apos;s, run as QEMU&apos;s user with the tap&apos;s name. QEMU&apos;s word for &quot;run no script&quot;. QEMU&apos;s locally administered prefix for NICs (the one QEMU gives them itself). QEMU 7.2&apos;s refusal of a format node over a file that is not of that format, by format driver (vhdx says no more than a generic open error). What the step creates: (&quot;block&quot;, node-name) or (&quot;netdev&quot;, id); None for the device itself. A vCPU slot&apos;s ids, the largest part first. The CPU type to add (&quot;qemu64-x86_64-cpu&quot;). Where it goes: {&quot;socket-id&quot;: 0, &quot;core-id&quot;: 1, &quot;thread-id&quot;: 0} (and &quot;node-id&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVm</name>
    <message>
        <location filename="../../qmpgui/host/demo.py" line="+270"/>
        <source>could not write the demo VM&apos;s disk images: {err}</source>
        <extracomment>The VNC display chosen; QEMU takes the next free one if it went meanwhile. The disk and CD images, made by start() before QEMU starts. The watchdog; its standard input is the lifeline that only this process holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QEMU exited at start-up: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QEMU did not open its QMP socket within {START_TIMEOUT_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no message</source>
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
        <location filename="../../qmpgui/ui/device_form.py" line="+274"/>
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
        <location line="+19"/>
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
        <location line="+16"/>
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
    <name>Domain</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="+188"/>
        <source>no such domain</source>
        <extracomment>Set by a lifecycle event of this domain or the end of its worker: what a session waiting on a shut-off domain wakes on (no polling). Called on each lifecycle event of this domain (on_lifecycle()). Called with each console event of this domain (on_console()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainDeviceDialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_device_dialog.py" line="+90"/>
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
        <location filename="../../qmpgui/app/actions/domain_devices.py" line="+129"/>
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
    <name>DomainInactive</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="-162"/>
        <source>{name} is {words} in libvirt: Start boots it</source>
        <extracomment>The lifecycle operations of libvirt&apos;s API that the actions use, by worker op. The worker&apos;s events of an open console (virt/console_ops.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMemory</name>
    <message>
        <location filename="../../qmpgui/qmp/memory.py" line="+159"/>
        <source>libvirt memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMigrateDialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_migrate_dialog.py" line="+106"/>
        <source>Migrate {name}</source>
        <extracomment>The width the options&apos; lines read well at (pixels). The bandwidth box&apos;s value that means no limit (libvirt&apos;s default).</extracomment>
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
        <location line="+53"/>
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
    <name>DomainMigratingIn</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="+29"/>
        <source>{name} is {MIGRATING_IN}: libvirt holds its QEMU until the migration ends (the source&apos;s Migration pane follows it)</source>
        <extracomment>virDomainGetState&apos;s paused/migration pair (&quot;paused (migrating)&quot;): a source during its switch-over, or a destination while the migration comes in. virErrorNumber VIR_ERR_OPERATION_UNSUPPORTED: what libvirt 9.0 answers a destination&apos;s job statistics with (&quot;migration statistics are available only on the source host&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMigrator</name>
    <message>
        <location filename="../../qmpgui/session/domain_migration.py" line="+229"/>
        <source>migration to {uri} starting through libvirt</source>
        <extracomment>Called once with a migration&apos;s end: its MigrationInfo and the sentence to say. The Domain whose lifecycle is followed (watch()), None when none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+78"/>
        <source>libvirt migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cancelled (Cancel migration): the domain keeps running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source> in {v0:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migration completed{took}: {name} runs at the destination now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its definition was removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it stays defined here, shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (not defined there: it goes when it stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration completed{took}: {name} runs on {destination} now{kept}; {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migration cancelled{when}: {name} keeps running here; nothing stays at {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migration to {destination} failed{v1}: {v2} ({name} keeps running here unless `virsh domstate {name}` says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>libvirt gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Change migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMonitor</name>
    <message>
        <location filename="../../qmpgui/virt/monitor.py" line="+108"/>
        <source>connection lost: {reason}</source>
        <extracomment>libvirt&apos;s error for a domain whose QEMU is not running (VIR_ERR_OPERATION_INVALID). No process at the end of a pipe here: the Status pane&apos;s pid and user stay empty. The monitor ended because libvirt restarted QEMU for a snapshot revert.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>libvirt restarts QEMU to revert the domain to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the domain {v0}: it is {state} (libvirt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} not sent: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} not sent: {libvirt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}: a command needs &apos;execute&apos;</source>
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
        <location filename="../../qmpgui/ui/event_log_view.py" line="+119"/>
        <location line="+48"/>
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
        <location line="+30"/>
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
    <message>
        <location line="+2"/>
        <source>no VM to connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <location filename="../../qmpgui/qmp/display_password.py" line="+87"/>
        <source>it never expires</source>
        <extracomment>`seconds` from when QEMU gets it. At `at`, seconds since the epoch.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has expired: no one can log in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it expires in {seconds} s (at {v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it expires at {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="-187"/>
        <location line="+31"/>
        <source>not set</source>
        <extracomment>What to do when no backend of a kind is free, by Property.backend. The field&apos;s own tooltip: its name, type, default and description. Under a field QEMU is asked about: what to do when nothing is free (the placeholder alone is cut off in a narrow field).</extracomment>
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
    <name>Health</name>
    <message>
        <location filename="../../qmpgui/session/health.py" line="+43"/>
        <source>{running} running</source>
        <extracomment>QEMU run states (qapi/run-state.json) that mean the guest needs a person: it panicked, QEMU stopped it on an internal error or on a disk&apos;s I/O error, or its watchdog fired. Connection states that are a problem: connecting failed for good, or a good connection was lost (retried). A VM the user disconnected, or one whose QEMU has not started or ended in order, is not one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no VMs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{running}, {v1} with a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <location filename="../../qmpgui/store/history.py" line="+173"/>
        <source>not UTF-8 text ({reason})</source>
        <extracomment>The console&apos;s two modes, each with its own history. Entries kept per mode. The file&apos;s `version`. Index of the entry shown by Up/Down; None when not browsing. What was in the input when browsing began, given back past the newest entry. A sentence for the user when the file could not be used; None when all went well. Entries left out because they were not text. False once the file could neither be read nor moved aside: saving would destroy it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the command history {path}: {v1}; commands from this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {lineno} column {colno}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{skipped} entries of the command history {path} were not text and were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the command history {path} is unreadable ({what}) and could not be moved aside ({v2}); commands from this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the command history {path} was unreadable ({what}); it was kept as {name} and the history starts empty</source>
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
        <location filename="../../qmpgui/ui/image_format_box.py" line="+83"/>
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
    <name>InputError</name>
    <message>
        <location filename="../../qmpgui/qmp/shorthand_words.py" line="+27"/>
        <source>line {line}, column {column}: </source>
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
    <name>JobWatch</name>
    <message>
        <location filename="../../qmpgui/session/block_jobs.py" line="+86"/>
        <location line="+10"/>
        <source>block job</source>
        <extracomment>The queries&apos; keys in Inspection.results. The actions&apos; names in words (the log&apos;s and the status bar&apos;s), by ACTIONS&apos; key. The running jobs, refreshed on every job event. (): a job ended or was dismissed. The last BLOCK_JOB_ERROR of each running job, in words.</extracomment>
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
    <name>KvmInfo</name>
    <message>
        <location filename="../../qmpgui/qmp/machine.py" line="+125"/>
        <source>TCG (KVM available but not used)</source>
        <extracomment>The host thread that runs this virtual CPU. &quot;x86_64&quot;, &quot;aarch64&quot;, ... (SysEmuTarget); older servers&apos; `arch` is coarser: &quot;x86&quot;, &quot;ppc&quot;, ..., &quot;other&quot;. This mouse receives the mouse events now. It takes absolute coordinates (a tablet), not relative motion. The device attached to it (chardev=...) has it open (`frontend-open`, 2.1+).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message>
        <location filename="../../qmpgui/session/libvirt_connection.py" line="+96"/>
        <source>connected: {count} domain{v1}</source>
        <extracomment>The connection&apos;s task that opens, lists and waits: a new one replaces it. libvirt&apos;s state in virsh&apos;s words: &quot;running (booted)&quot;, &quot;shut off (destroyed)&quot;. Whether its QEMU runs. (): the connection&apos;s state or its count of domains changed. (str): a domain of this name was listed or defined. (str): the domain of this name was undefined (or is no longer listed). (Level, str): a message for the user, starting with the URI. Attempts since the connection was lost or found no libvirtd (1-based). When the next attempt starts (time.monotonic() s); None when none is due.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: trying again{left} (attempt {attempt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the libvirt worker ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>connection lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{reason}; qmpgui tries again</source>
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
        <location filename="../../qmpgui/app/list_view.py" line="+32"/>
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
        <location line="+11"/>
        <source>&amp;None</source>
        <extracomment>View → Group by&apos;s choices: (`vm_list_group`, objectName, text, tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the VMs as one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the VMs by what they are reached through: this machine&apos;s unix sockets, a TCP or TLS host, an SSH connection, a libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the VMs by the machine their QEMU runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+24"/>
        <source>&amp;Group by</source>
        <extracomment>Which VMs are polled at the full rate: the rows seen, and the selected VMs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>Listener</name>
    <message>
        <location filename="../../qmpgui/qmp/display.py" line="+228"/>
        <source>unix socket {v0}</source>
        <extracomment>Listen addresses that accept connections from every network interface. The client&apos;s port, as text (VNC&apos;s `service`, SPICE&apos;s `port`). &quot;ipv4&quot;, &quot;ipv6&quot;, &quot;unix&quot;, ... (qapi/sockets.json, NetworkAddressFamily). SPICE&apos;s channel type numbers (SpiceChannel&apos;s `channel-type`; 1 is the main channel), named as spice-protocol names them. The listen address (may be a wildcard: see WILDCARD_HOSTS). The listening port, as text (VNC&apos;s `service`; SPICE&apos;s `port`). SPICE&apos;s TLS port, as text. &quot;none&quot;, &quot;vnc&quot;, &quot;vencrypt+tls+vnc&quot;, ... (VNC); &quot;none&quot; or &quot;spice&quot; (SPICE). VNC over websocket (RFC 6455), for clients in a web browser such as noVNC. &quot;VNC&quot; or &quot;SPICE&quot;. The VNC server&apos;s `id` (&quot;default&quot;); None for SPICE and query-vnc. The listen address (a wildcard: see WILDCARD_HOSTS); &quot;&quot; for a unix socket. The port, as text; a unix socket&apos;s path (VNC&apos;s `service`). &quot;ipv4&quot;, &quot;ipv6&quot;, &quot;unix&quot;, ... (qapi/sockets.json, NetworkAddressFamily). &quot;none&quot;, &quot;vnc&quot;, &quot;vencrypt&quot;, &quot;sasl&quot;, ... (VNC); &quot;none&quot; or &quot;spice&quot; (SPICE). VeNCrypt&apos;s sub-auth (&quot;x509-none&quot;, &quot;tls-vnc&quot;, ...) when `auth` is &quot;vencrypt&quot;. Clients speak TLS here: VeNCrypt, SPICE&apos;s TLS port, or a websocket of a VNC server with TLS credentials (wss; QEMU does TLS there at the websocket layer).</extracomment>
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
        <location filename="../../qmpgui/app/main_window.py" line="+333"/>
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
        <location line="+68"/>
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
        <location line="+10"/>
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
    <message>
        <location line="+1"/>
        <source>no -uuid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationChart</name>
    <message>
        <location filename="../../qmpgui/ui/migration_chart.py" line="+66"/>
        <source>Migration chart: memory left and throughput over time</source>
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
    <name>Migrations</name>
    <message>
        <location filename="../../qmpgui/session/migration.py" line="+234"/>
        <source> (the Migration pane says what would help)</source>
        <extracomment>The VM&apos;s migration, either side (query-migrate); MIGRATION and MIGRATION_PASS come only where the `events` capability is on. On every tick: the VM list shows it. The last status said, to say each change once. The request of the migration qmpgui started (None for another client&apos;s). This VM is the destination of the migration under way (or last ended). The VM of the list qmpgui&apos;s migration under way goes to (None: a URI typed). Why a migration qmpgui started to this VM failed once it had begun, and on which connection (info.connected_since): see spent(). Where qmpgui told this VM to listen (migrate-incoming accepted), and on which connection: see listening(). A libvirt domain&apos;s migrations go through libvirt (unused for a QMP socket).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an incoming migration: {words} (the Migration pane follows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a migration started by another client: {words}; where to, QEMU does not tell (the Migration pane follows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>migration started to {to}: {v1}</source>
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
        <extracomment>Spacing inside the box, pixels: compact, so that the chart stays in view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../qmpgui/session/control.py" line="+55"/>
        <source>ok ({v0}){v1}</source>
        <extracomment>The VM&apos;s name as shown when the command was sent. The action&apos;s name in words (&quot;Pause&quot;). The QMP command sent (&quot;stop&quot;). The round trip, in seconds (time.monotonic()). Why it failed, in words (&quot;GenericError: ...&quot; for QEMU&apos;s error); None when it worked. QEMU&apos;s `error.class`; None when it worked or no error reply came (a timeout). Added to a success (&quot;QEMU closed the monitor&quot; after quit). No answer came in time (CommandTimeout): QEMU may still carry the command out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} failed: {error}</source>
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
    <name>Poller</name>
    <message>
        <location filename="../../qmpgui/session/polling.py" line="+333"/>
        <source>unexpected reply: {line}</source>
        <extracomment>Timers may fire a little early: a tick this close to due is due (seconds). Error classes that answer a query with a state of the VM, not a failure. Run states a libvirt domain&apos;s QEMU passes through while libvirt sets it up (a start, a snapshot revert, a restore, an incoming migration); libvirt moves it on without an event on the monitor, so the state is asked again on each tick meanwhile. The least time between polls that events ask for, in seconds: a storm of events is merged into one poll. Spreads the first out-of-sight polls of a fleet over their period: the n-th poller&apos;s phase is the fractional part of n times the golden ratio, evenly spread for any n. In sight: the periodic topics and the pane&apos;s. Out of sight: the run state only, and only while it passes through a state libvirt moves on without an event. Out of sight: the disk I/O sample (the periodic topics fetched on the tick only). Out of sight: the safety query of the run state and the migration. The run state is asked on every tick while True: a libvirt domain&apos;s QEMU in a state libvirt passes through (it starts QEMU with -S, then runs it or loads a saved state into it, which ends paused without a STOP on the monitor). Polls run, and ticks skipped because the previous poll was still running. The sight changed since the loop last planned its polls. When the topics a fetch asked to see again sooner than the tick fall due.</extracomment>
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
    <name>PowerdownWatch</name>
    <message>
        <location filename="../../qmpgui/session/powerdown.py" line="+114"/>
        <source>stopped waiting</source>
        <extracomment>How long the guest gets to power off, in seconds. Completes &quot;QEMU exited after ...&quot; when QEMU goes after a power-down, as perform() says it. system_powerdown is sent, QEMU has not answered yet. QEMU passed the request on; counting down to the deadline. The guest powered off (SHUTDOWN), QEMU exited, or it was forced off. The deadline passed: wait again (keep_waiting) or force off. system_powerdown failed; `detail` says why. The user stopped watching, or the connection ended before the guest powered off. (): the state, `detail` or the remaining time changed (each second while waiting). When the wait ends: time.monotonic() seconds (reset when QEMU answers). force_off() is under way: QEMU&apos;s SHUTDOWN is its doing, not the guest&apos;s. Whether it ended forced off (force_off()), not by the guest. Set once QEMU answered system_powerdown (see `outcome`) or the watch was cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>forced off ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the guest did not power off within {timeout_s:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the guest powered off ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the guest powered off; QEMU keeps running (-no-shutdown): Reset or Quit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QEMU exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the connection to QEMU ended before the guest powered off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../qmpgui/ui/preferences_dialog.py" line="+121"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask before destructive actions (start, reset, power down, quit, eject, removing VMs, dangerous console commands)</source>
        <extracomment>Settings made elsewhere (the VM list&apos;s sort: its header; its grouping: View → Group by), given back as they are. Beside each field that can be wrong: its hint, or what is wrong.</extracomment>
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
        <extracomment>How long typing must pause before the path typed is looked at, in milliseconds. The ids of its devices. The buses that take a device now, by kind (&quot;PCI&quot;, &quot;usb-bus&quot;, &quot;SCSI&quot;). Why a device type cannot go in now, by type (None: it can). The host QEMU runs on when it is not this one: paths are typed, not checked. Where the MAC proposal starts (the VM&apos;s own number, so VMs differ). The image chosen changed (disk and USB storage): its path, to be looked at.</extracomment>
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
        <location filename="../../qmpgui/ui/device_presets.py" line="+120"/>
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
        <location line="+20"/>
        <source>{ADD_LABEL} failed: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Process</name>
    <message>
        <location filename="../../qmpgui/qmp/unix_peers.py" line="+209"/>
        <source>pid {pid} ({text})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtyTransport</name>
    <message>
        <location filename="../../qmpgui/session/serial_transports.py" line="+135"/>
        <source>the pty is closed</source>
        <extracomment>Seconds a unix socket has to accept us. Bytes asked of a ringbuf at once (QEMU&apos;s ringbuf-read `size`). Seconds between two reads of an empty ringbuf: a few a second keeps typing&apos;s echo close, at one small QMP command each. Bytes read from a socket or pty at once. The socket&apos;s send buffer and the writer&apos;s high-water mark (bytes). Runs a QMP command: (command, arguments) -&gt; its `return` value (VmSession.execute). Whether what is written reaches the guest (a ringbuf&apos;s does not).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpConnection</name>
    <message>
        <location filename="../../qmpgui/qmp/connection.py" line="+355"/>
        <source>{command} not sent: {closed_reason}</source>
        <extracomment>Seconds to wait for the socket to connect, and again for the greeting and negotiation. Seconds to wait for a command&apos;s reply. Events buffered between two next_events() calls; past it the oldest are dropped. Seconds without a greeting before asking QEMU&apos;s command line what a unix socket is, and the kernel&apos;s table whether another client holds it: a free monitor greets at once. Seconds the look at the kernel&apos;s tables and /proc may take before giving up on it. How many events a full buffer dropped (the oldest go first). The server&apos;s greeting; an unknown version until connect() has succeeded. What the server offers; empty until connect() has succeeded. The QEMU process&apos;s pid and uid (SO_PEERCRED); None over TCP. The SSH channel of an ssh:// endpoint (qmp/ssh/); None for other endpoints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{command} not sent: the connection to QEMU was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{command} not sent: not connected</source>
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
        <location filename="../../qmpgui/models/qom_model.py" line="+351"/>
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
    <name>Reader</name>
    <message>
        <location filename="../../qmpgui/qmp/reader.py" line="+95"/>
        <source>{where}: expected an object, got {v1}</source>
        <extracomment>How a value of the wrong type is shown. QMP integers are 64-bit (signed or unsigned); anything wider is malformed. Characters that break a line of text or are not shown: C0 and C1 controls, U+2028, U+2029.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a {v0}-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: &apos;{key}&apos; should be {expected}, not {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a 64-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingbufTransport</name>
    <message>
        <location filename="../../qmpgui/session/serial_transports.py" line="+90"/>
        <source>a ringbuf chardev takes no input</source>
        <extracomment>A ringbuf-read is under way (asked while `active` was set).</extracomment>
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
        <location filename="../../qmpgui/models/screen_feed.py" line="+218"/>
        <source>{display_name} is not connected</source>
        <extracomment>The last frame failed because the VM has no display (NoDisplay). Frames taken, frames that changed, and the times (monotonic) they came.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QEMU wrote a PPM of {v0} bytes that is not a readable picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenInput</name>
    <message>
        <location filename="../../qmpgui/session/screen_input.py" line="+109"/>
        <source>the keys and pointer did not reach the guest: {why}</source>
        <extracomment>Events sent in one input-send-event at most (a typed text goes in several). Commands sent, and the events they carried (for tests and the benchmark).</extracomment>
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
        <location filename="../../qmpgui/ui/screen_view.py" line="+73"/>
        <source>&amp;Fit</source>
        <extracomment>Type text&apos;s keyboard layouts and each VM&apos;s choice.</extracomment>
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
        <location line="+48"/>
        <source>Screen: {err}; Ctrl+Alt releases the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The last frame, from {when}: {display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no frame: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+19"/>
        <source>Keyboard captured — {release} releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../qmpgui/ui/screendump_viewer.py" line="+108"/>
        <source>asking QEMU for the screen…</source>
        <extracomment>(Level, str): a message about the VM for the window&apos;s message path; the text leaves the VM&apos;s name out (the path adds it and keeps the message as the VM&apos;s). The folder the user saved into, to remember. The grab (&quot;grab&quot;), the listing of displays (&quot;displays&quot;, a newer one replaces the older) and saves; all cancelled when the window closes. Refreshes asked for while a picture was still coming (they join it). How the first picture went (for the summary of a multi-VM screendump). The connection whose displays the chooser lists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
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
    <name>Screendumper</name>
    <message>
        <location filename="../../qmpgui/session/screendump.py" line="+133"/>
        <location line="+86"/>
        <source>{display_name} is not connected</source>
        <extracomment>The file&apos;s bytes, as QEMU wrote them (a PNG, or a binary PPM). &quot;png&quot; or &quot;ppm&quot;. screendump&apos;s round trip, in seconds. When the file was read: wall-clock seconds since the epoch (time.time()). The private folder, made on first use; made again if something removed it. Files of screendumps nobody waited for to the end (cancelled, timed out, cut off): QEMU or libvirt may write one after we stopped waiting, so each is looked for again whenever a screendump is read, and the folder goes when the program ends. Whether this QEMU&apos;s PNGs have red and blue swapped: (connected_since, verdict). Red/blue checks that could not decide, on the connection of `png_swapped`. The connection on which PNG failed, so PPM is asked for instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>QEMU reported the screendump written, but {path} cannot be read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>libvirt took no screenshot: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt&apos;s screenshot {path} cannot be read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{display_name}: the SSH connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{folder} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>QEMU reported the screendump written, but {path} on {host} cannot be read over SFTP: {v2}</source>
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
        <location filename="../../qmpgui/ui/serial_console.py" line="+37"/>
        <source>&amp;Stop paste</source>
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
    <name>SerialInput</name>
    <message>
        <location filename="../../qmpgui/session/serial_input.py" line="+45"/>
        <source>this paste is {v0} ({size:,} bytes), more than the {v2} qmpgui sends at once: nothing of it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} of an earlier paste still wait for the guest to read them: this was not sent (Stop ends the earlier paste)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <location filename="../../qmpgui/session/serial_link.py" line="+154"/>
        <source>{v0}: paste stopped: {v1} sent, the other {v2} not</source>
        <extracomment>Seconds between attempts to open a port that is gone, held or not yet there. Host names of this host, for a VM reached over TCP. The task that keeps the port open. (bytes): what the guest wrote. (str, bool): the status line, and whether it reports a problem. (bool): a paste large enough to report its progress is being sent (or ended). The status line while connected, said again after a paste&apos;s progress. Set while the console is on screen: a ringbuf is polled only then. aclose() was called: nothing opens again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{label}: could not open {title}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v0} to {title}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label}: the serial port closed (the VM went away?): its text stays here; connecting again when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}: {display_name} is not connected: waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label}: {display_name} has no chardev {label} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>qmpgui cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{connected_words}; pasted {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{v0}: pasting, {v1} of {v2} sent as the guest reads them (Stop sends no more)</source>
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
        <location line="+228"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
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
        <location line="+104"/>
        <source>No serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>SessionVoice</name>
    <message>
        <location filename="../../qmpgui/session/voice.py" line="+51"/>
        <source>connected to QEMU {version} ({v1})</source>
        <extracomment>(Level, str): a message for the user; the text starts with the VM&apos;s name. (LogEntry): an entry for the event log: the connection&apos;s story and the user&apos;s commands. The VM&apos;s endpoint text, which keys its log entries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UUID changed from {previous_uuid} to {uuid}: a different VM now answers on this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{sentence}; waiting for QEMU to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{found}; qmpgui connects when the domain runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for libvirtd: {found}; qmpgui connects once libvirtd answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for QEMU: {found}; qmpgui connects once QEMU listens there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWaits</name>
    <message>
        <location filename="../../qmpgui/session/waits.py" line="+66"/>
        <source>attempt {attempt} in {delay:g} s: {reason}</source>
        <extracomment>(): the connection state, the run state or the displayed name changed.</extracomment>
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
    <name>ShutdownNotice</name>
    <message>
        <location filename="../../qmpgui/session/ending.py" line="+64"/>
        <source>QEMU exited: {cause}{reason}</source>
        <extracomment>The reason of the notice a libvirt domain&apos;s revert gives (no SHUTDOWN comes then). Events after which QEMU stays: the guest runs again, or QEMU stopped instead of exiting (-no-shutdown).</extracomment>
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
    <name>SnapshotDisk</name>
    <message>
        <location filename="../../qmpgui/qmp/snapshots.py" line="+89"/>
        <source>a raw image has no room for snapshots (qcow2 has)</source>
        <extracomment>The name users know: the drive name (the Block devices pane&apos;s Device), else the qdev id (a -blockdev drive has no drive name), else the node name. The node name the jobs take; None when QEMU did not say (servers before 2.0). The format driver (&quot;qcow2&quot;, &quot;raw&quot;, &quot;null-co&quot;). The drive name HMP knows (`device`); None for a -blockdev drive. The tags of the snapshots it holds, in QEMU&apos;s order. The image file QEMU opened (query-block&apos;s `inserted.file`, a path on QEMU&apos;s host); None when it did not say.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a null device keeps no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its format, {v0}, cannot hold snapshots (qcow2 can)</source>
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
        <location filename="../../qmpgui/models/screen_feed.py" line="-192"/>
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
    <name>SshHub</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/hub.py" line="+126"/>
        <source>closed by the host</source>
        <extracomment>(user or None, host, port or None) as the endpoint names them. The live connection; None before it is opened and after it was lost. Leases (QMP connections on it) and holds (VM sessions between connections). Why the last connection ended, when it ended without being closed by us.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ended without a word from the host: its sshd process ended, or the network dropped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection lost: the SSH connection to {host} was lost ({why})</source>
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
    <name>SshTransport</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/transport.py" line="+103"/>
        <source>connection lost: the SSH connection to {host} was lost ({ssh_error})</source>
        <extracomment>Bytes read from either side at a time. Where QEMU writes a screendump on its host: every system has it, and a random name makes it unique and unguessable. The host&apos;s name as the endpoint gives it, for sentences. The folder temp_path() names files in. Why the SSH side ended, when it failed rather than closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SSH connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the SSH server of {host} did not open {path} within {timeout:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection lost: the SSH connection to {host} was lost ({err})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH connection lost</source>
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
        <location line="+41"/>
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
    <name>StepResult</name>
    <message>
        <location filename="../../qmpgui/qmp/batch.py" line="+202"/>
        <source>hmp {v0}</source>
        <extracomment>The round trip, in seconds. The message as sent, as the user wrote it (`execute` or `exec-oob`, `id`). Added to a success (QUIT_NOTE: a `quit` answered by the monitor closing). Whether QEMU replied (False for a `quit` the monitor&apos;s closing answered). Whether the command went out (False when the connection was gone, or the request was refused before sending: then it failed without QEMU seeing it). The failure is qmpgui&apos;s own (a timeout, a lost connection: `error_class` names the QmpFailure), not QEMU&apos;s answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location line="+82"/>
        <source>sent {sent}, ok {ok}, failed {failed}</source>
        <extracomment>Each command&apos;s round trip, in seconds, in the order sent. True when a failure (or a lost connection) ended the run before the last step. The error class of the latest failure, as in StepResult.error_class.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, not sent {not_sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>round trip min {v0:.2f} / median {v1:.2f} / max {v2:.2f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped at the first error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalAsker</name>
    <message>
        <location filename="../../qmpgui/cli/ssh_prompts.py" line="+33"/>
        <source>qmpgui-batch: adding the host key of {host} ({key_type} {fingerprint}) to ~/.ssh/known_hosts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authenticity of host &apos;{host}&apos; can&apos;t be established.
{key_type} key fingerprint is {fingerprint}.
Are you sure you want to continue connecting (yes/no)? </source>
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
    <name>TlsFiles</name>
    <message>
        <location filename="../../qmpgui/qmp/tls.py" line="+46"/>
        <source>the system&apos;s trusted CAs</source>
        <extracomment>Seconds a look at a server (a TLS handshake, a plain greeting) may take.</extracomment>
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
        <location line="+12"/>
        <source>Choose the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+18"/>
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
    <name>Unplugs</name>
    <message>
        <location filename="../../qmpgui/session/unplug.py" line="+66"/>
        <source>{DEL_LABEL}: the unplug of {named} was requested {ago:.0f} s ago and is still pending: not sent again</source>
        <extracomment>The device&apos;s type (&quot;e1000&quot;), or &quot;&quot; when QEMU did not say. When device_del was sent: time.monotonic() seconds. The backends the device used, read before it was asked to go. The timeout passed without the guest releasing it. (): an unplug was requested, became overdue or ended. By device id. The backends qmpgui created for each device (by device id), in the order made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reset (libvirt&apos;s reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reset (system_reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{DEL_LABEL}: the guest has not released {named} after {timeout_s:g} s (its OS must let go of a PCI device); {reset} of the VM completes the unplug. Still waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{DEL_LABEL}: {named} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{words}, made for &apos;{device}&apos;, is removed ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{DEL_LABEL}: {words}, made for &apos;{device}&apos;, could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{DEL_LABEL}: {words} is left: remove it with {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../qmpgui/ui/user_guide.py" line="+145"/>
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
    <name>VirtClient</name>
    <message>
        <location filename="../../qmpgui/virt/client.py" line="+113"/>
        <source>libvirtd not answering</source>
        <extracomment>Seconds the worker may take to open its connection: a cold libvirtd probes QEMU first. Where qemu:///system&apos;s libvirtd listens unless the URI says `socket=`. Seconds a request may take (libvirt&apos;s own jobs time out at 30 s). Bytes of one line from the worker (a query-qmp-schema reply is about 200 KiB). Seconds close() waits for the worker to end before killing it. virErrorNumber VIR_ERR_NO_DOMAIN: the domain is not (or no longer) defined. Why the worker ended, in words; None while it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>{op} not sent: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>not connected to libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>libvirt did not answer {op} within {timeout:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the libvirt worker for {uri} ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt worker ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the libvirt worker sent an answer too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>libvirt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirtd not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirt closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>libvirt refused</source>
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
        <extracomment>What at a typed path makes Found sockets search its folder. The certificate files of a `tls:` endpoint (kept for another endpoint too).</extracomment>
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
        <location line="+59"/>
        <source>Choose the QMP socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmGroupModel</name>
    <message>
        <location filename="../../qmpgui/models/vm_groups.py" line="+47"/>
        <source>no VMs</source>
        <extracomment>A group header&apos;s name (str; None for any other row, in either model).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>{group} — {counts}</source>
        <extracomment>Each top-level row&apos;s group and each row&apos;s place among its siblings. The list&apos;s top-level rows and each connection&apos;s domains, as last told. The number the indexes of a group&apos;s or a connection&apos;s children carry (0: top).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group {group}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+324"/>
        <source>Disk I/O (read + write, last 60 polls): {v0}</source>
        <extracomment>The columns&apos; numbers, in that order. How long a changed disk rate may wait to be repainted with others. The disk I/O history (read+write bytes/s, oldest first) the sparkline draws. Each connection&apos;s domain sessions, and the number its children&apos;s indexes carry as internalId (0 is the top level).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/vm_list_words.py" line="+17"/>
        <source>last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../qmpgui/ui/vm_list_panel.py" line="+28"/>
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
        <location line="+23"/>
        <source>Find in the VM list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../../qmpgui/ui/vm_list_view.py" line="+71"/>
        <source>VM list</source>
        <extracomment>The share of the list&apos;s width Name and State may each take when fitted to their text. The least width left to the Endpoint column (which takes the rest), in average characters. The rows whose text a column is fitted to: 0, those in the viewport (Qt reads 1000 by default: with 2,000 VMs a fit held the window for a few hundred ms, at every change of a state). A change in a row out of sight then changes no width either. Rows were taken out of the view (hidden by the filter, or removed): the selection and the current row may have changed without a signal of their own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmSession</name>
    <message>
        <location filename="../../qmpgui/session/vm_session.py" line="+228"/>
        <source>disconnected by the user</source>
        <extracomment>The session&apos;s task that connects, serves and reconnects: a new one replaces it. (list[Event], oldest first): a batch of QMP events, as they arrived. (str, a Topic&apos;s name): a topic of `inspection` has new data. The certificate files for a `tls:` endpoint, read at each connection. Given on the command line: shown, never saved. What the server said on the current (or last) connection. Why the state is ERROR or RECONNECTING, in words, or what was found where QEMU is awaited (WAITING); None otherwise. The head of `error` in a few words (&quot;no such socket&quot;), for the VM list. How QEMU announced its end while the state is EXITED; None otherwise. Reconnect attempts since the connection was lost (1-based); 0 when not reconnecting. When the next attempt starts: time.monotonic() seconds; None when none is due. The libvirt domain of a domain endpoint, kept across connections (a shut-off domain has no monitor but can be started); None for a socket endpoint. run_status when stateChanged was last emitted for a query-status answer. What the panes show; replaced on each new connection. Problems said this connection (see _report_once). Set while QEMU is asked to exit (quit, power down): its end is then no loss. The last connection ended with QEMU exiting as asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>QEMU exited after {why}</source>
        <extracomment>Nothing listened at the endpoint: watched until QEMU starts (WAITING). QEMU ended in order: its end is said, the attempts to reach a new one are not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../qmpgui/app/window_state.py" line="+121"/>
        <source>could not read the window&apos;s layout from {path}: {v1}; the window starts at its default size</source>
        <extracomment>The first window&apos;s size where the screen has room for it, in logical pixels. The part of the screen&apos;s free width and height left around a window made to fit it (on each side): room for the window manager&apos;s frame and a glimpse of the desktop. The splitters&apos; and columns&apos; values read at start, for parts built later.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+11"/>
        <source>the window&apos;s layout was not kept: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../qmpgui/virt/worker.py" line="+150"/>
        <source>an error</source>
        <extracomment>Requests served at once (see the module&apos;s docstring). Seconds the requests under way may take once stdin has closed. virConnect.setKeepAlive: a ping every 5 s, the connection closed after 3 unanswered, so a libvirtd that froze or a host that went away is noticed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>end of file: libvirtd stopped or restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keepalive timeout: libvirtd or the network stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libvirt closed the connection to {uri} ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{domain} has no removable disk &apos;{alias}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{domain} has no {v1} display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Parser</name>
    <message>
        <location filename="../../qmpgui/qmp/pci.py" line="+208"/>
        <source>{where}: bridges nested deeper than {MAX_BRIDGE_DEPTH}; not shown</source>
        <extracomment>Deeper than any real topology (PCI has at most 256 buses, nesting far less). Class descriptions for servers that omit `desc` (QEMU sends it only for classes it knows). The Base Address Register&apos;s number (`bar`). A 64-bit memory BAR (`mem_type_64`; memory regions only). The guest physical address, or first I/O port; -1 when not mapped. In bytes. `class_info.class`: base class &lt;&lt; 8 | subclass (0x0300: VGA controller). QEMU&apos;s name for the class, when it has one (not stable: for display only). `id.subsystem-vendor` (3.1+). `id.subsystem` (3.1+). The qdev id users gave (-device ...,id=X); None when empty. The IRQ number, when one is assigned. The bus behind a bridge, None for other devices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: bus {number} is described twice; shown once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_VersionAction</name>
    <message>
        <location filename="../../qmpgui/app/cli.py" line="+95"/>
        <source>show program&apos;s version number and exit</source>
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
    <name>available</name>
    <message>
        <location filename="../../qmpgui/virt/available.py" line="+11"/>
        <source>libvirt-python is not installed: install qmpgui&apos;s libvirt extra with pip install &apos;qmpgui[libvirt]&apos; (it needs libvirt-dev, pkg-config and gcc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backends</name>
    <message>
        <location filename="../../qmpgui/qmp/backends.py" line="+84"/>
        <source>in use by {v0}</source>
        <extracomment>A device&apos;s QOM path as `query-block`&apos;s `qdev` gives it: the id of a device with one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in use by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its front end is open: a device or a monitor uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>in use: mapped into the VM&apos;s memory ({container})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the VM&apos;s main RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a {v0} device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use by {holder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoff</name>
    <message>
        <location filename="../../qmpgui/session/backoff.py" line="+23"/>
        <source>attempts are counted from 1</source>
        <extracomment>The longest delay between attempts, in seconds. The longest delay between looks at an endpoint where nothing listens (yet), in seconds: a QEMU started there is connected to within it. A look costs one refused connect() (a missing file or a closed port), nothing QEMU or the machine notices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <location filename="../../qmpgui/cli/batch.py" line="+126"/>
        <source>[{iteration}] line {line}: {name}</source>
        <extracomment>Exit statuses (see the module&apos;s docstring).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (id {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v0:.2f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} ok ({ms}){note}
{v3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} FAILED ({ms}): {error_class}: {kept_error}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+24"/>
        <source>qmpgui-batch: {problem}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>qmpgui-batch: {endpoint}: {message}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>qmpgui-batch: {text}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>qmpgui-batch: -n must be at least 1, --delay and --timeout positive
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qmpgui-batch: cannot read {script}: {reason}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>qmpgui-batch: interrupted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/batch.py" line="-220"/>
        <source>line {number}: sleep between 0 and 3600 seconds</source>
        <extracomment>Sends one command object as written and returns QEMU&apos;s whole reply (`{&quot;return&quot;: ...}` or `{&quot;error&quot;: {&quot;class&quot;, &quot;desc&quot;}}`, with the user&apos;s `id`), raising QmpFailure when none came: QmpConnection.exchange, or session.console.send_message for a VM&apos;s session. Seconds to pause (a `sleep` line), 0 to 3600.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {number}: hmp needs a command line, such as hmp info status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {where}{column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the script has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line {line}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+196"/>
        <source>QEMU quit at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not sent: {why}</source>
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
    <name>block_graph</name>
    <message>
        <location filename="../../qmpgui/qmp/block_graph.py" line="+168"/>
        <source>takes {v0}; shares {v1}</source>
        <extracomment>The drivers that reach storage themselves (protocol nodes): a format node&apos;s `file` child when the graph is not known. BlockPermission&apos;s names in QEMU&apos;s order (qapi/block-core.json), for the edges&apos; `perm` (what the parent takes) and `shared-perm` (what it lets others take). The debug graph&apos;s node types (BlockGraphInfo&apos;s XDbgBlockGraphNodeType).</extracomment>
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
    <name>block_jobs</name>
    <message>
        <location filename="../../qmpgui/qmp/block_jobs.py" line="+159"/>
        <source>{kind} job {ident}</source>
        <extracomment>The actions on a job, by our name: (the command for a block job, for another job). A block job is named by `device` (its id since 2.7), another job by `id`. The job types whose work ends only when asked (`complete`) once they are ready. The events after which the jobs have changed (BLOCK_JOB_* and JOB_STATUS_CHANGE). Commands that start, end or change block jobs or nodes: the panes refresh after one is sent from the console (QEMU sends no event when a node is added or removed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job {ident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: {error}{done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I/O error on {v0} in job {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> at {v0} of {v1} MiB</source>
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
    <name>client</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/client.py" line="+226"/>
        <source>the host key of {host} cannot be verified: {reason}</source>
        <extracomment>Private keys tried after the agent&apos;s and the unencrypted ones, as OpenSSH does. Wrong passwords or passphrases accepted before giving up on one (OpenSSH&apos;s 3). Seconds between keepalives, and how many may go unanswered: a host that went away without a word (a cable pulled) is noticed within about a minute. The verdict on the host&apos;s key, once it was offered. Authentication methods tried, in order (&quot;publickey&quot;, &quot;password&quot;, ...). The user cancelled a question: no other method is tried. Keys never offered because each passphrase given for them was wrong. Called once when the connection ends, with asyncssh&apos;s reason (None: closed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot reach {v0}: no SSH answer within {timeout:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-138"/>
        <source>cannot reach {host}: unknown host name ({v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH to {v0} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>SSH failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SSH to {v0} cannot start: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host key of {host} was saved but is still not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the host key of {name} could not be saved in ~/.ssh/known_hosts: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the host key of {name} has CHANGED: it offers {key_type} {fingerprint}, but {lines} holds another key for it. Someone may be intercepting the connection, or the host was reinstalled: check with its administrator, then remove the old line (ssh-keygen -R &apos;{name}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host key of {name} ({fingerprint}) is revoked in {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host key of {name} is unknown ({key_type} {fingerprint}) and cannot be asked here: check it and add it to ~/.ssh/known_hosts (connect once with ssh), or accept it with --accept-new-host-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host key unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host key of {name} ({key_type} {fingerprint}) was not trusted: nothing was sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host key not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authentication to {who} cancelled: no password or passphrase given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authentication failed for {who}: the passphrase given for key {keys} was wrong {TRIES} times, so the key was never offered to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (a password cannot be asked here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication failed for {who}: tried {tried} (keys from the SSH agent and ~/.ssh){hint}; the host accepted none: add your public key to its ~/.ssh/authorized_keys (ssh-copy-id does), or name the key to use in ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused (no SSH server listens there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no route to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach {where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/client.py" line="+13"/>
        <source>libvirt did not open {uri} within {timeout:g} s: the host or its libvirtd does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the socket of {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirtd at {where} accepted the connection but has not answered in {timeout:g} s (is it stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>completion</name>
    <message>
        <location filename="../../qmpgui/qmp/completion.py" line="+77"/>
        <source>actions, one per line, then )</source>
        <extracomment>The text that replaces the prefix (with `=` or a closing quote where it helps). The name shown in the popup. What it is: &quot;2 arguments&quot; for a command, &quot;string (optional)&quot; for an argument, a value&apos;s type; may be empty. Where the replaced text starts in the text before the cursor. The text already typed that the items complete (from `start` to the cursor). The VM&apos;s own names for an argument: (command, key, prefix typed, the other arguments typed so far by key) -&gt; the values that exist now (ids, nodes, jobs, a path&apos;s properties: qmp.live_completion); [] for none. Never waits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>ends the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{count} argument{v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>in this VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../qmpgui/store/config.py" line="+217"/>
        <source>{source}: &apos;connections&apos; is not a list, so it is not used; it stays in the file</source>
        <extracomment>As the user typed it (qmpgui.qmp.parse_endpoint reads it). Keys this version does not know, and known ones whose value was unusable. The certificate files of a `tls:` endpoint (paths; &quot;&quot; for the default). The members of a VM&apos;s &quot;tls&quot; object: the CA certificate, client certificate and key. The libvirt URI as the user gave it (`qemu:///system`, `qemu+ssh://root@h/system`). Keys this version does not know, and known ones whose value was unusable. Saved libvirt connections, whose domains the VM list shows under them. Ask before the destructive actions (reset, power down, quit). Seconds between two polls of a connected VM&apos;s state. Seconds to wait for a command&apos;s reply. Seconds to wait for a server&apos;s greeting (a busy monitor sends none). Seconds a power-down waits for the guest before offering Quit (force off). Seconds Remove device waits for the guest to release a device before saying it has not (and that a reset completes the unplug); the wait goes on. Seconds between two pictures of the screendump viewer&apos;s live mode, 0.2 to 60. Recently inserted images, newest first: {&quot;path&quot;, &quot;format&quot;, &quot;read_only_mode&quot;}. Where the screendump viewer last saved a picture. Entries the event log keeps in memory (and reloads at start). The keys that release the screen view&apos;s capture of the keyboard, as QEMU names them (&quot;ctrl-alt&quot;; qmp/screen_input.py&apos;s release_keys() reads it). How the main toolbar shows its actions: one of TOOLBAR_STYLES. Show qmpgui&apos;s icon in the desktop&apos;s system tray where it has one (app/tray.py). The VM list&apos;s sort: &quot;name&quot;, &quot;state&quot;, &quot;disk_io&quot; or &quot;endpoint&quot;, &quot;-&quot; before it for descending; &quot;&quot; for the list&apos;s own order (set by a click on the list&apos;s header). How the VM list groups its rows: &quot;connection&quot;, &quot;host&quot;, or &quot;&quot; (View → Group by). Keys this version does not know, and known keys whose value was unusable: written back exactly as they were read. `vms` entries that could not be used (not an object, no endpoint): kept in the file. Sentences for the user: what was wrong with the file and what was done about it. False when saving would destroy something we could not read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{source}: {refusal}; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source}: &apos;vms&apos; is not a list, so it is not used; it stays in the file until the VM list changes in the window (then as &apos;vms_unusable&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{source}: 1 connection entry has no usable &apos;uri&apos;; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source}: {missing} connection entries have no usable &apos;uri&apos;; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{source}: 1 VM entry has no usable endpoint; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source}: {count} VM entries have no usable endpoint; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{source}: {key} = {v2} is not usable; using {v3} for this run (it must be {v4})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot read {path}: {reason}; settings changed in this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line {lineno} column {colno}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is not a valid configuration ({what}) and could not be moved aside ({strerror}); settings changed in this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a valid configuration ({what}); it was kept as {name} and qmpgui started with an empty configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/store/preferences.py" line="+68"/>
        <source>true or false</source>
        <extracomment>Every preference with its default, each a Config field of the same name (`_s`: seconds). How the toolbar shows its actions (the toolbar_style values). The VM list&apos;s sorts (`vm_list_sort`): a column&apos;s name, &quot;-&quot; before it for descending. How the VM list groups its rows (`vm_list_group`; &quot;&quot; for not at all: View → Group by). Bounds that keep a hand-edited number from hammering QEMU or timing out at once. Lowest usable values, in seconds. Highest usable values, in seconds (others: 1e6). Whole numbers, with their bounds. Images remembered by the Change media dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {v0}, with - before it for descending, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection, host, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder&apos;s path as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU key names joined by -, such as ctrl-alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a list of images (objects of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {low:,.10g} to {high:,.10g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number of seconds {span}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config_conflicts</name>
    <message>
        <location filename="../../qmpgui/store/config_conflicts.py" line="+39"/>
        <source>{key}: {v1} in the file, {v2} in qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VM {name}: removed in qmpgui, edited in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VM {name}: removed in the file, edited in qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VM {name} {field}: {v2} in the file, {v3} in qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config_merge</name>
    <message>
        <location filename="../../qmpgui/store/config_merge.py" line="+104"/>
        <source>is not valid UTF-8 text (byte {start})</source>
        <extracomment>The parts of a VM entry the window edits; the entry&apos;s other keys are the user&apos;s. Where parse_config keeps a `vms` that is not a list: not a key of the user&apos;s. The endpoint of the file&apos;s entry this VM stands for, as the window last read or wrote it; None for a VM added in the window since. The VM as the window has it now (its `extra` is not written: the file keeps its own). The file&apos;s top-level object as decoded; None when missing or unusable. parse_config() of `data` (None with it): the configuration and its problems. Why the file cannot be used, words that follow its path: &quot;is not valid JSON (line 2 column 5: Expecting value)&quot;, &quot;cannot be read (Permission denied)&quot;; None otherwise. The file as found just before the merge. The object written (None when nothing was: the file as found was unusable). parse_config() of `written`; None with it. Usable preference values that differ: key -&gt; value, as Config holds it (seconds as float). VMs with an endpoint the base does not have. Base VMs whose endpoint the file no longer has. (base entry, file entry) of one endpoint whose name, endpoint text or autoconnect differ. Top-level keys qmpgui does not use that were added, changed or removed, sorted. libvirt connections with a URI the base does not have, and base ones the file lost.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid JSON (line {lineno} column {colno}: {msg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+200"/>
        <source>recent_media ({v0} image{v1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../qmpgui/session/console.py" line="+149"/>
        <source>not sent: {display_name} is not connected</source>
        <extracomment>The VM&apos;s name as shown. The message as sent (a copy; display it through `shown`, which masks passwords). When it was made: wall-clock seconds since the epoch (time.time()). The round trip in seconds (0.0 when it was not sent); None until send() ends. QEMU&apos;s whole reply, `{&quot;return&quot;: ...}` or `{&quot;error&quot;: {&quot;class&quot;, &quot;desc&quot;}}`, with the user&apos;s `id` if the message had one; None when none came. Our own sentence when no reply came (not connected, a timeout, the connection lost). An HMP line typed in HMP mode (sent as human-monitor-command). How it ended when there is no reply and nothing went wrong (QEMU quit as asked).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{command} from the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>control</name>
    <message>
        <location filename="../../qmpgui/session/control.py" line="+57"/>
        <source>QEMU closed the monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>virsh dumpxml {name} shows the domain&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>libvirt {op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>virsh domstate {name} --reason shows libvirt&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{label}: {done_count} of {v2} VMs {done_word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{vm} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vm} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convergence</name>
    <message>
        <location filename="../../qmpgui/qmp/convergence.py" line="+215"/>
        <source> (the guest dirties memory at least as fast as it is sent: QEMU counts a page rewritten many times once per pass)</source>
        <extracomment>Passes after the first in which the guest outran the migration, at least, before it is called stuck ... ... and the least time those passes took, seconds: at a 1 MiB/s limit passes of the guest above last 1-1.5 s, so 3 passes alone would be 3-4.5 s; 5 s keeps a short burst of dirtying from being called stuck, and says it about 8 s after the start. The leftover (expected downtime) of the window&apos;s last pass, at least this share of its first pass&apos;s: less shrinking than that is not converging (measured: 1473-1738 ms, pass after pass, for the stuck guest; halved or better each pass once it converges). The bandwidth advised is what sends a pass&apos;s leftover within the downtime limit, times this: the leftover moves pass by pass (about 1.5-1.7 MiB at 1 MiB/s for the guest above). QEMU&apos;s max-cpu-throttle by default (and the most it takes), percent. The pass number (dirty-sync-count); None when not reported. Bytes left, bytes sent, and RAM in all. Bytes per second sent, and dirtied by the guest. QEMU&apos;s estimate of the switch-over pause, milliseconds. Seconds since the migration started (QEMU&apos;s total-time, libvirt&apos;s time_elapsed). How hard auto-converge throttles the vCPUs now, percent (None: it does not). Auto-converge, which cannot be turned on while a migration runs: words only.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the guest dirties about {v0} MiB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the migration will not finish as it is: the guest&apos;s vCPUs are already throttled at {throttle_pct} % and the guest still dirties memory as fast as it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the migration will not finish as it is: the guest dirties memory as fast as it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>let auto-converge throttle the vCPUs harder: its most from {most} % to {DEFAULT_MAX_THROTTLE} % (they are throttled at {throttle_pct} % now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; they are throttled at {throttle_pct} % now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>throttle the guest&apos;s vCPUs harder: auto-converge&apos;s step from {step} % to {wanted} % (at most {most} %{now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the guest dirties about {v0} MiB/s, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({rate}each pass leaves about {v1} MiB, which must be sent within the {limit_ms} ms downtime limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raise the bandwidth limit from {v0} to {v1} MiB/s{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>raise the downtime limit from {limit} to {wanted_ms} ms (the guest pauses up to that long when it switches over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; QEMU expects about {v0} ms each pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>switch to postcopy: the guest runs on the destination at once and fetches the rest (lost if the network fails before it has all)</source>
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
    <name>demo</name>
    <message>
        <location filename="../../qmpgui/host/demo.py" line="-222"/>
        <source>qmpgui --demo needs {QEMU_BINARY}, which is not installed.
{INSTALL_HINT}</source>
        <extracomment>Seconds QEMU has to create its QMP socket. Seconds the watchdog has to end after its lifeline is closed. The demo VM&apos;s private folder: this prefix in the temporary folder, with its socket. The serial port&apos;s socket in the demo&apos;s folder (COM1, chardev `serial0`). The serial port&apos;s log file in the demo&apos;s folder: all COM1 output, also before a console connected. The boot floppy holding the demo&apos;s guest (qmpgui.host.demo_guest). The last VNC display (port 5999) the demo VM may take.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no free VNC display between :{first} and :{last} on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo_guest</name>
    <message>
        <location filename="../../qmpgui/host/demo_guest.py" line="+46"/>
        <source>a boot sector holds 510 bytes of code, not {code_count}</source>
        <extracomment>The code before the greeting&apos;s text. The boot sector&apos;s code and text (without the padding and the 55 AA signature). A 1.44 MB floppy&apos;s size in bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desktop_notifications</name>
    <message>
        <location filename="../../qmpgui/host/desktop_notifications.py" line="+53"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <extracomment>How long a notice stays on screen, in milliseconds (-1 would be the server&apos;s choice). How long connecting to the bus and Notify&apos;s reply may take, in seconds: a bus that hangs must not hold a notice back for long (the status bar says it then).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the D-Bus session bus did not answer within {TIMEOUT_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot reach the D-Bus session bus: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no notification service on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the notification service refused: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_errors</name>
    <message>
        <location filename="../../qmpgui/qmp/device_errors.py" line="+33"/>
        <source>choose another bus: {v0}</source>
        <extracomment>Given the match, the buses that take hot-plug now and the bus chosen (&quot;&quot; for QEMU&apos;s choice), the sentence. What a value of a property whose refusal names no shape looks like.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this VM has no bus that takes it now: start the VM with one that does (-device pcie-root-port on q35, or a pci-bridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bus &apos;{v0}&apos; does not take devices while the VM runs (no hot-plug there): {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PCI slot {v0} function {v1} is in use by {v2}: choose another addr, or leave addr empty for the next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{v0} is full, no free slot for {v1}: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bus QEMU chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{v0} has no property &apos;{v1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{v0}&apos; takes {v1}: the value given is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{v0}&apos; does not take the value &apos;{v1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the id &apos;{v0}&apos; is in use by another device: choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{v0}&apos;: no backend &apos;{v1}&apos; exists (create it first: blockdev-add for a drive, netdev_add for a netdev, chardev-add for a chardev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backend &apos;{v0}&apos; (&apos;{v1}&apos;) is in use by another device: each device needs a backend of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backend &apos;{v0}&apos; is in use by the device &apos;{v1}&apos;: each disk needs a block node of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{v0}&apos; must name the backend this device uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{v0} does not go on {v1}: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM has no bus &apos;{v0}&apos;: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU cannot plug a {v0} into this machine while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM has no memory slots: QEMU plugs memory only into a VM started with -m SIZE,slots=N,maxmem=MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this VM takes no memory devices: start it with -m SIZE,slots=N,maxmem=MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this machine type takes no memory devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the memory backend &apos;{v0}&apos; is in use (by another memory device, or as the VM&apos;s own RAM): each memory device needs a backend of its own; make one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vCPU needs its place ({v0} and the other -id properties): the vCPU preset under Common devices takes a free one from query-hotpluggable-cpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>that vCPU place is taken already: the vCPU preset under Common devices takes a free one from query-hotpluggable-cpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{v0} {v1} is outside this VM&apos;s CPU topology (from {v2} to {v3}): the vCPU preset under Common devices takes a free place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this VM&apos;s vCPUs are {v0}: a vCPU added must be of the same type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{v0} has no free port for {v1}: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the USB bus QEMU chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{v0} is a {v1} device and bus &apos;{v2}&apos; has only {v3} ports free: {v4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this VM was started without NVDIMM support: QEMU takes an nvdimm only with -machine nvdimm=on and -m SIZE,slots=N,maxmem=MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;memdev&apos; must name the memory backend this device uses: make one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;serial&apos; must be set: give the device a serial number (any short text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>USB bus &apos;{v0}&apos; has no free port {v1} (no such port, or it holds a device): leave port empty for a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QEMU cannot plug a device of this type into a running VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_form</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="-215"/>
        <source>not set: QEMU decides</source>
        <extracomment>The text of a choice that leaves a property to QEMU. What an empty field whose default is QEMU&apos;s &quot;not set&quot; marker says.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asking QEMU what is free…</source>
        <extracomment>What a backend field says while QEMU is asked what is free.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_ops</name>
    <message>
        <location filename="../../qmpgui/virt/device_ops.py" line="+29"/>
        <source>{v0} is a transient domain: it has no definition to keep the device in (attach it for this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{v0} has no device with the alias &apos;{alias}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_presets</name>
    <message>
        <location filename="../../qmpgui/ui/device_presets.py" line="-177"/>
        <source>Common devices</source>
        <extracomment>The group&apos;s heading in the picker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this VM has no free vCPU slot</source>
        <extracomment>The role of a preset item&apos;s key in the picker. Each preset: its key, name and what it does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>what most users add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>
Not now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_removal</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_removal.py" line="-63"/>
        <source>{v0} cannot be unplugged: QEMU does not take this device out of a running VM (its hotpluggable property is false); it goes when the VM is stopped and started without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_types</name>
    <message>
        <location filename="../../qmpgui/qmp/device_types.py" line="+34"/>
        <source>q35&apos;s pcie.0 takes no hot-plug: give root ports when QEMU starts (-device pcie-root-port,id=rp1,chassis=1), one per device to plug</source>
        <extracomment>The device types whose bus has a single slot (PCIe ports: the link to one device). What q35 needs to take PCI hot-plug, said where its pcie.0 is the only PCI bus.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+184"/>
        <source>goes on {v0} bus, which takes no device while the VM runs</source>
        <extracomment>What to add first when a VM has no bus of a kind, in words. The category&apos;s heading without &quot; devices&quot; (&quot;USB&quot;, &quot;Storage&quot;, &quot;Uncategorized&quot;). The kind of bus it goes on (&quot;PCI&quot;, &quot;usb-bus&quot;, ...); None for a type without one (CPUs, memory modules), which plugs into the machine itself. The one-line description; &quot;&quot; when QEMU gives none. The bus type (&quot;PCI&quot;, &quot;PCIE&quot;, &quot;usb-bus&quot;, &quot;SCSI&quot;, &quot;virtio-serial-bus&quot;, &quot;ISA&quot;, ...). The qdev id of the device the bus belongs to (&quot;&quot; for one without an id). The type of that device (&quot;pcie-root-port&quot;, &quot;qemu-xhci&quot;, ...). Devices on it now. The buses it can go on now (their names); empty for a bus-less type. Why it cannot be plugged into this VM now; None when it can.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every {bus} port that takes hot-plug holds a device already ({names}; a PCIe port takes one): start QEMU with another -device pcie-root-port,id=rpN,chassis=N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs {v0} bus that takes hot-plug: {names} does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs {v0} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>an {word}</source>
        <extracomment>Bus types as said, where QEMU&apos;s type name is not a word (&quot;usb-bus&quot;, &quot;System&quot;). Initialisms said with a vowel sound first (&quot;an HDA&quot;, &quot;an SD&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{v0} bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_xml</name>
    <message>
        <location filename="../../qmpgui/virt/device_xml.py" line="+71"/>
        <source>&lt;source file={v0}/&gt;</source>
        <extracomment>The buses a disk can be hot-plugged on, by libvirt&apos;s target bus name: virtio-blk (PCI: the guest must accept a PCI hot-plug), a SCSI controller (libvirt adds one if the domain has none) and USB storage on the domain&apos;s USB controller. A CD-ROM drive cannot be a virtio disk. NIC models libvirt passes to QEMU. `source` of a NIC choice meaning QEMU&apos;s own user-mode networking (no libvirt network). Target name prefixes by bus (libvirt&apos;s conventions: vda, sda).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;disk type=&quot;file&quot; device=&quot;{device}&quot;&gt;&lt;driver name=&quot;qemu&quot; type={v1}/&gt;{source}&lt;target dev={v3} bus={v4}/&gt;{read_only}&lt;/disk&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;source network={v0}/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}&lt;mac address={v1}/&gt;{source}&lt;model type={v3}/&gt;&lt;/interface&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../qmpgui/session/devices.py" line="+30"/>
        <source>Add device</source>
        <extracomment>The Add device action&apos;s name in words (the log&apos;s and the status bar&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>QEMU&apos;s HMP did not describe its devices: every type is listed, unsorted</source>
        <extracomment>Names of the buses that take a device while the VM runs (or could not be asked). The qdev ids of the VM&apos;s devices. Types QEMU makes only itself (not in `device_add help`): left out, counted. Why the list is rougher than it could be (HMP unavailable), or &quot;&quot;. The categories in QEMU&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{other_cpus} other vCPU types left out: a vCPU added must be {kinds}</source>
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
        <location filename="../../qmpgui/models/display_model.py" line="+16"/>
        <source>not available on this QEMU</source>
        <extracomment>A server row&apos;s value when QEMU does not offer the query (built without VNC or SPICE).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listens on {v0}: the display is reachable from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+45"/>
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
        <location filename="../../qmpgui/ui/display_password.py" line="-241"/>
        <source>The expiry chosen goes with every password (QEMU would keep an earlier one otherwise); “Set expiry only” keeps the password.</source>
        <extracomment>The expiry menu&apos;s entries, in order. What the box says while the display can take a password.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no VM selected</source>
        <extracomment>The longest wait the seconds field takes: a year. Runs a coroutine as the pane&apos;s background work (TaskSet.spawn&apos;s shape).</extracomment>
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
    <message>
        <location filename="../../qmpgui/qmp/display_password.py" line="-61"/>
        <source>Could not set password</source>
        <extracomment>The protocols `set_password` takes, as its `protocol` argument. How many characters of a VNC password count (VNC authentication&apos;s DES key). QEMU&apos;s error when the display cannot take a password (ui/ui-qmp-cmds.c).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>An empty SPICE password locks everyone out: no viewer can log in until another password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty VNC password lets in any viewer that sends an empty password: it protects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>libvirt starts QEMU&apos;s {v0} with a password only when the domain&apos;s &lt;graphics type=&apos;{protocol}&apos;&gt; has a passwd attribute when it starts (or qemu.conf sets {protocol}_password): add passwd=&apos;...&apos; with virsh edit, then restart the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU takes one only without disable-ticketing=on (-spice ...,disable-ticketing=off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU takes one only when started with -vnc ...,password=on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this QEMU has no {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not in use on this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>with disable-ticketing=on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this SPICE display was started {started}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with {auth} authentication, not a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this VNC display was started {started}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/display_password.py" line="+39"/>
        <source>Set {name} password</source>
        <extracomment>The libvirt worker&apos;s op (virt/worker.py), logged as &quot;libvirt graphics_password&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set {v0} password expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the password was set but its expiry was not ({error}): an expiry set before still applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set_password, {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>libvirt {LIBVIRT_OP}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="-19"/>
        <source>coming in by migration</source>
        <extracomment>The words of a domain that libvirt&apos;s incoming migration holds (its list row&apos;s state).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_device_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_device_dialog.py" line="-274"/>
        <source>libvirt manages this domain: its devices are attached through libvirt (device XML), so that libvirt&apos;s definition stays right. The form of every QEMU device type is for plain QMP VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking libvirt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the image&apos;s format from the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_migrate_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_migrate_dialog.py" line="-238"/>
        <source>A libvirt connection URI (typed below)</source>
        <extracomment>The destination choice that means &quot;the URI typed&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the most the migration sends per second, in whole MiB/s (virsh migrate --bandwidth); libvirt&apos;s default is no limit</source>
        <extracomment>What each option does, in libvirt&apos;s terms (its flags, virsh migrate&apos;s options).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the longest pause of the guest libvirt accepts to switch over; longer lets a busy guest finish (libvirt&apos;s default is 300 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slows the guest&apos;s vCPUs step by step while it dirties memory faster than it is sent (virsh migrate --auto-converge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sends only the changed bytes of pages sent before: less traffic, more CPU (virsh migrate --compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sends memory over several connections at once (virsh migrate --parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lets a migration that does not finish switch to postcopy from the Migration pane: the destination runs at once and fetches the rest (the guest is lost if the network fails meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_migration</name>
    <message>
        <location filename="../../qmpgui/session/domain_migration.py" line="-294"/>
        <source>libvirt has no call for {command} on a running migration</source>
        <extracomment>Seconds a migration may take before its request counts as lost (a week: libvirt itself has no limit; a slow link and a busy guest may take hours). Seconds between two looks at libvirt&apos;s job while a migration is being started. The options libvirt takes for a migration (QEMU&apos;s names; libvirt&apos;s flags and calls behind them: migration_ops.migrate()). libvirt says in words when QEMU lacks one. The word a domain&apos;s run state has once a migration moved it away (virsh domstate).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt sets {key} only when a migration starts: cancel, and migrate again with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+289"/>
        <source>virsh domjobinfo shows libvirt&apos;s view of the migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_refusals</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_refusals.py" line="+22"/>
        <source>No free USB ports</source>
        <extracomment>libvirt 9.0&apos;s refusal when every port of the domain&apos;s USB controllers is taken.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the USB controller of {domain} has no free port: remove a USB device from it first (Remove device), or give the domain another USB controller or a USB hub in its definition (virsh edit {domain}), which it has from its next start</source>
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
    <message>
        <location filename="../../qmpgui/session/domain_snapshots.py" line="+70"/>
        <source>libvirt {op}</source>
        <extracomment>Seconds libvirt may take for one snapshot operation: it saves or loads the RAM of the domain, which for a large one takes minutes. The worker&apos;s ops by what they do, with the words said while each runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} snapshot &apos;{tag}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the domain is {answer} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept {kept}, now taken from its parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <location filename="../../qmpgui/app/actions/domains.py" line="+19"/>
        <source>check on</source>
        <extracomment>Start&apos;s question for shut-off domains (the table&apos;s speaks of QEMU held with -S). domain_refusal()&apos;s answer when the usual checks (connection, run state) decide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only for a VM managed by libvirt (a qemu:///system#NAME endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt manages this VM: Force off ends it through libvirt, which sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the domain is {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the domain is {state}: Start boots it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ending</name>
    <message>
        <location filename="../../qmpgui/session/ending.py" line="-43"/>
        <source>guest shut down</source>
        <extracomment>ShutdownCause values (qapi/run-state.json) in words, as the VM list says them: &quot;exited (guest shut down)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guest reset, and QEMU runs with -no-reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guest panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit from another monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system_reset, and QEMU runs with -no-reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU was told to end by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU hit an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device reset the machine, and QEMU runs with -no-reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a snapshot was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt restarts it to revert the domain to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>endpoint</name>
    <message>
        <location filename="../../qmpgui/qmp/endpoint.py" line="+117"/>
        <source>&apos;{original}&apos;: the port must be a number, not &apos;{v1}&apos;</source>
        <extracomment>&quot;&quot; for a plain unix socket or TCP port, &quot;tls&quot; for `tls:HOST:PORT`, &quot;ssh&quot; for `ssh://[USER@]HOST[:PORT]/PATH` (then `path` is the socket&apos;s path on that host). The SSH user of an ssh:// endpoint; None for the one ~/.ssh/config or the login gives. For scheme &quot;libvirt&quot;: the libvirt connection URI (`qemu:///system`, `qemu+ssh://root@host/system?keyfile=K`) and the domain&apos;s name on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+133"/>
        <source>&apos;{original}&apos;: the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+13"/>
        <source>&apos;{original}&apos;: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&apos;{original}&apos;: expected HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{original}&apos;: the host is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>give QEMU a QMP socket (-qmp unix:/run/vm1.qmp,server=on,wait=off) and enter its path</source>
        <extracomment>Names a unix socket usually has: text ending so is a path, even with no `/` in it (`db1.qmp`, as shell completion writes a socket in the current folder).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{original}&apos; is a libvirt connection URI: name a domain of it after &apos;#&apos; ({v1}#vm1), or add the connection itself (File → Add connection…) to list all its domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{original}&apos; is an SFTP address: for a monitor on another host write ssh://[USER@]HOST[:PORT]/PATH (ssh://root@host1/run/vm1.qmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{original}&apos; is a display&apos;s address, not a QMP monitor; {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{original}&apos; is a web address: QMP is not spoken over HTTP; {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{original}&apos;: qmpgui does not connect to {scheme}:// addresses; use a socket path (/run/vm.qmp) or tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>write ssh://[USER@]HOST[:PORT]/PATH (ssh://root@host1/run/vm1.qmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{original}&apos;: the host is missing: {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{original}&apos;: a password does not belong in the address (it would be saved with it); qmpgui asks for it when the host wants one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{original}&apos;: an ssh:// address takes no &apos;?&apos; or &apos;#&apos; part; {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{original}&apos;: the socket&apos;s path on the host is missing: {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;{original}&apos;: a file:// address must name a file on this machine (file:///run/vm1.qmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the endpoint is empty: give a socket path or HOST:PORT</source>
        <extracomment>The options of QEMU&apos;s socket character device: `-qmp unix:/run/vm1.qmp,server=on,wait=off` pasted whole names the socket /run/vm1.qmp (a bare flag can also be `noFLAG`). QEMU&apos;s option items: `,,` is a comma inside one. `HOST:PORT/` or `[V6]:PORT/`: an address with a URL&apos;s trailing slash, not a folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{original}&apos;: an endpoint has no NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{original}&apos;: the socket path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;{original}&apos;: not an endpoint; use a socket path (/run/vm.qmp, unix:/run/vm.qmp) or tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/endpoint_keys.py" line="+50"/>
        <source>&apos;{v0}&apos;: not an endpoint, and {cwd} has nothing of that name; use a socket path (/run/vm.qmp, ./vm.sock) or tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>endpoint_groups</name>
    <message>
        <location filename="../../qmpgui/qmp/endpoint_groups.py" line="+32"/>
        <source>unix sockets on this machine</source>
        <extracomment>The ways View → Group by groups the list (the config&apos;s `vm_list_group`; &quot;&quot; for none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this machine ({host})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <location filename="../../qmpgui/log/entry.py" line="+146"/>
        <source>{v0:.1f} ms</source>
        <extracomment>Wall-clock seconds since the epoch (QEMU&apos;s own timestamp for events); None when QEMU could not tell. The VM&apos;s name as shown when the entry was made (&quot;&quot; for a message of qmpgui itself). The event&apos;s or command&apos;s name, or the connection turn&apos;s (&quot;connected&quot;, ...). Details: an event&apos;s whole message, a command&apos;s `execute`, masked `arguments`, round trip `ms` (milliseconds) and `error` {class, desc}. The VM&apos;s endpoint text (&quot;unix:/run/vm1.qmp&quot;): what the log keys a VM&apos;s history by. &quot;&quot; for a message of qmpgui itself, and for an entry of an older file that had none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{words} failed: {error}</source>
        <extracomment>One encoder for every compact value: json.dumps with arguments builds a new one per call. Events whose summary reads better than key=value pairs. Events worth a desktop notification.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{words} ok ({v1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../qmpgui/qmp/errors.py" line="+33"/>
        <source>{command} not sent out-of-band: this QEMU does not offer it (no &apos;oob&apos; capability in its greeting; QEMU 2.12 and later offer it on a QMP monitor): use &quot;execute&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an HTTP server answered, not a QMP monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is QEMU&apos;s human monitor (HMP), not QMP: start QEMU with -qmp instead of -monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a QMP server: its first message is not JSON ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is a folder, not a socket: give the socket&apos;s path (the -qmp unix: path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a folder, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a file, not a socket: give the socket&apos;s path (the -qmp unix: path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown host &apos;{host}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such socket: {where} (is QEMU running with -qmp unix:{where},server=on,wait=off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>permission denied on {where}: your user may not open this socket (check its owner and mode, or join its group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection refused on {where}: the socket file exists but nothing listens on it (left behind by a QEMU that exited?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused: nothing listens on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} is not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot reach {where}: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to {where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>QMP capabilities negotiation failed: the server did not accept qmp_capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server closed the connection in the middle of its first message ({v0}): not a QMP monitor, or QEMU is exiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a QMP server: its first message is JSON but not a QMP greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server closed the connection without a QMP greeting (not a QMP monitor, or QEMU is exiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a QMP server: its first message is not JSON (binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a QMP server: it sent more than {v0} MiB without ending its first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection failed: {inner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection lost: QEMU closed the monitor (it exited or was killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection lost: the connection was reset (QEMU exited or was killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection lost: the connection closed in the middle of a message (QEMU exited or was killed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection lost: the server sent data that is not JSON; the connection was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection lost: the server sent a message over the {v0} MiB limit; the connection was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection lost: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection lost: {kind}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{command} did not complete: the connection to QEMU was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/errors.py" line="+25"/>
        <source>or use qemu:///session (your own domains), or connect as root</source>
        <extracomment>The group Debian&apos;s polkit rule (/usr/share/polkit-1/rules.d/60-libvirt.rules) lets manage libvirt, and that libvirtd&apos;s socket belongs to where files decide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no domain named &apos;{domain}&apos; on {uri}: it was undefined, or the name is wrong (virsh list --all lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt refused: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the domain</source>
        <extracomment>virErrorNumber VIR_ERR_OPERATION_ABORTED: a job cancelled (abortJob).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migration cancelled: {name} keeps running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt will not migrate a domain to the host it runs on (the destination reports the same host UUID): choose a connection to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirt calls migrating {name} unsafe: its disks are not on shared storage that libvirt knows of (NFS, Ceph, ...) or their cache mode is not &apos;none&apos;; migrate only if the destination sees the same disks, with Allow unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the destination&apos;s host name resolves to localhost, so the source cannot reach its QEMU by it: give the migration address (tcp://ADDRESS), or fix the destination&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the destination already has a domain named &apos;{v0}&apos;: undefine or rename it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>libvirtd is not running for {uri}: nothing listens at {path} (start libvirtd, or check the URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>permission denied on the libvirt socket {path}: join its group &apos;{group}&apos; (usermod -aG {group} $USER, then log in again), {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied on the libvirt socket {path}: {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>join the group &apos;{LIBVIRT_GROUP}&apos; (usermod -aG {LIBVIRT_GROUP} $USER, then log in again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>libvirtd lets polkit decide who may use {uri}, and polkit cannot be asked: the system D-Bus is not running (start dbus and polkit, then {join}), {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>polkit does not let your user manage {uri}: {join}, {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the SSH host key of {host} is not known (or has changed): connect once with `ssh{port} {login}` to check the key and save it, or add no_verify=1 to the URI (OpenSSH then saves the key unchecked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH login to {login} refused (the host accepts {methods}): libvirt&apos;s ssh cannot ask for a password or a passphrase; put the key in your SSH agent or name it in the URI (?keyfile=KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH cannot reach {v0} port {v1}: {v2} (is sshd running there, and the port right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH cannot find the host &apos;{v0}&apos;: its name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ssh to {login} ended: {v1} (try `ssh{port} {login}`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without a word</source>
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
    <name>glossary</name>
    <message>
        <location filename="../../qmpgui/qmp/glossary.py" line="+27"/>
        <source>{text}
Source: {source}.</source>
        <extracomment>Every explanation, keyed &quot;pane:Words&quot; or &quot;Words&quot; (English, as the source names them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{state}: {meaning}.
Source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/glossary_rows.py" line="+12"/>
        <source>The virtio balloon: memory the guest gives back to the host. actual is the memory the guest has now; a target below the RAM asks the guest&apos;s balloon driver to inflate.</source>
        <extracomment>The Machine pane&apos;s rows, as qmp/glossary_terms.py&apos;s TERMS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, balloon and query-balloon (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The memory size last asked of the guest&apos;s balloon driver with balloon; the guest reaches it, or not, in its own time (BALLOON_CHANGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, balloon (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s RAM: the memory at start (-m) and any plugged memory devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, query-memory-size-summary (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board QEMU emulates (-machine: pc-i440fx-7.2, q35, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s documentation, -machine (qemu(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s CPU architecture (x86_64, aarch64, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-target (qapi/machine-target.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../qmpgui/qmp/glossary_terms.py" line="+96"/>
        <source>How many commands and events this QEMU&apos;s QMP server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/qmp/glossary_terms.py" line="+1"/>
        <source>QMP schema, query-qmp-schema (qapi/introspect.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s virtual CPUs: each one&apos;s host thread, QOM path and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, query-cpus-fast (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pointing devices; absolute ones (a tablet) follow the host&apos;s pointer exactly, current is the one getting the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, query-mice (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM&apos;s chardevs: each one&apos;s label, backend and whether its frontend has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>QMP schema, query-chardev (qapi/char.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Which display&apos;s password to set: the VNC server&apos;s or SPICE&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, set_password protocol (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password a viewer must give to connect to the display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, set_password (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the password stops working: never, now, in a number of seconds, or at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, expire_password (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM&apos;s character device the terminal opens: a unix socket, a pty or a ringbuf chardev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How a viewer logs in: none, vnc (a password), vencrypt (TLS with a sub-auth), sasl, spice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, VncBasicInfo and VncVencryptSubAuth of query-vnc-servers (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The listener&apos;s address family: ipv4, ipv6, unix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, NetworkAddressFamily (qapi/sockets.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SPICE&apos;s port for TLS connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, SpiceInfo tls-port (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM (hardware virtualisation) or TCG (QEMU&apos;s own translator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-kvm (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU is running on a debugger</source>
        <extracomment>Each run state (query-status `status`) in QEMU&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to finish the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused waiting for an incoming migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an internal error that prevents further guest execution has occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last I/O failed and the drive is configured to pause on I/O errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the guest has been paused with stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused following a successful migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU was started with -S and the guest has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to restore the VM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is actively running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to save the VM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is shut down (and -no-shutdown is in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is suspended (ACPI S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the watchdog action is configured to pause and has been triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the guest has panicked, as a result of a guest OS panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to save or restore its state under a COLO checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, RunState (qapi/run-state.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/glossary_terms.py" line="-76"/>
        <source>QMP schema, BlockInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, BlockDeviceInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, BlockDeviceStats of query-blockstats (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, BlockJobInfo and JobInfo (qapi/block-core.json, qapi/job.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, PciDeviceInfo of query-pci (qapi/pci.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, SnapshotInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, MigrationInfo and MigrationStats of query-migrate (qapi/migration.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, ObjectPropertyInfo of qom-list (qapi/qom.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VM&apos;s name, given to QEMU with -name.</source>
        <extracomment>The panes&apos; words (the Machine pane&apos;s rows: qmp/glossary_rows.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-name (qapi/misc.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM&apos;s universally unique identifier, given with -uuid (all zeros without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, query-uuid (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QEMU release the VM runs on, major.minor.micro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-version (qapi/control.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where this QEMU was built: empty from upstream QEMU, a distribution&apos;s package version (Debian 1:7.2+dfsg-7) from a distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, VersionInfo package (qapi/control.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What QEMU says the guest is doing: running, paused (by stop), prelaunch (started with -S, never booted), shutdown, io-error, guest-panicked, suspended, inmigrate, postmigrate, ... Each state&apos;s meaning is the run state&apos;s tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, RunState of query-status (qapi/run-state.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How qmpgui&apos;s connection to the VM&apos;s monitor stands: connected, connecting, waiting for QEMU, reconnecting, or an error with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where qmpgui reaches the VM&apos;s QMP monitor: a unix socket, tcp:, tls:, ssh:// or a libvirt domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU&apos;s documentation, the -qmp and -chardev options (qemu(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process id and user of the QEMU at the other end of a unix socket, as the kernel reports the socket&apos;s peer (SO_PEERCRED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linux, unix(7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When qmpgui&apos;s present connection began (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many times qmpgui has polled this VM; ticks skipped while QEMU was slow to answer are counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The drive&apos;s name (its block backend): the id of -drive, or the qdev id for a -blockdev drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image file in the drive; empty when no medium is inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image format QEMU opened the medium with: qcow2, raw, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size the guest sees, the image&apos;s capacity in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the medium was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a removable drive (a CD-ROM or floppy): whether its tray is open; the guest or an eject opens it, QEMU announces it with DEVICE_TRAY_MOVED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drive&apos;s last I/O: ok, failed, or nospace (the host&apos;s storage is full); reported only by devices that support it (virtio-blk, IDE, SCSI) when the VM is configured to stop on errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, BlockDeviceIoStatus (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes and operations read per second between two polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bytes and operations written per second between two polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device&apos;s id, given with -device ...,id=; a device without one is named by its QOM path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, BlockInfo qdev and PciDeviceInfo qdev_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive&apos;s medium can be changed (removable) and whether the guest has locked it in (locked); old QEMUs said hd or cdrom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes and operations read since the VM started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes and operations written since the VM started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The space the image takes on the host&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, ImageInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the image is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many backing files lie under the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node of the block graph, by its node-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block driver of the node: a format (qcow2, raw) or a protocol (file, nbd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file or address the node opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s cache mode: writeback, direct (O_DIRECT, bypassing the host&apos;s page cache) and no-flush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, BlockdevCacheInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The I/O throttling group the node&apos;s limits belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the link above the node takes of it (perm: consistent-read, write, write-unchanged, resize) and lets other users of the node take (shared-perm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, XDbgBlockGraphEdge of x-debug-query-block-graph (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job&apos;s id (once the device&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the job does: stream, commit, mirror, backup, create, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far the job is: offset of len, a ratio whose unit means nothing alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job&apos;s offset: the work done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job&apos;s rate limit in bytes per second; 0 is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job&apos;s state: created, running, paused, ready (may be completed), standby, waiting, pending, aborting, concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, JobStatus (qapi/job.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the job may be completed now (a mirror in step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device&apos;s place on its bus: slot.function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PCI class of the device, with its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PCI vendor and device ids, named from the PCI ID database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subsystem vendor and subsystem ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interrupt line the device uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s base address registers: I/O or memory, 32 or 64-bit, prefetchable, address and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, PciMemoryRegion (qapi/pci.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id the device was given (-device ...,id= or device_add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, device_add (qapi/qdev.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device&apos;s QOM type (virtio-net-pci, usb-tablet, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plugged, or unplug requested: device_del asks the guest, and the device goes once the guest lets it go (DEVICE_DELETED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, device_del (qapi/qdev.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the row is about; each row&apos;s tooltip says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value QEMU reported; — where it sent none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot&apos;s name (its tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot&apos;s id, unique within an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the snapshot was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guest&apos;s clock when the snapshot was taken, since the VM started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of the VM state saved with the snapshot; none for a snapshot of the disks alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drives that hold the snapshot; QEMU reverts only to a snapshot every writable drive holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU&apos;s block/snapshot.c (bdrv_all_find_snapshot), as QEMU 7.2 behaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partial when a drive lacks the snapshot (QEMU cannot revert to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What libvirt or qmpgui keeps about the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The migration&apos;s state: setup, active, device, completed, failed, cancelling, cancelled, postcopy-active, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, MigrationStatus (qapi/migration.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the migration has taken (total-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times the dirty pages have been synchronised (dirty-sync-count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bytes already sent to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of RAM still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RAM the migration moves, in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the migration sends (mbps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages the guest dirties per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much auto-converge slows the guest&apos;s vCPUs (cpu-throttle-percentage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long the guest would stop if the migration ended now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the guest stopped at the switch-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s network card, by its id (info network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>QEMU&apos;s documentation, HMP info network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The NIC&apos;s device model: e1000, virtio-net-pci, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s documentation, -device (docs/system/devices/net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NIC&apos;s MAC address (QOM property mac).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the NIC&apos;s link is up, as set from this window: QEMU reports no link state, set_link only sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, set_link (qapi/net.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host side of the NIC: the netdev&apos;s type (user, tap, ...) and id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, Netdev (qapi/net.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The netdev&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An object of QEMU&apos;s object tree (its child properties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The property&apos;s type: a primitive (str, bool, uint32), child&lt;type&gt; (an object it owns) or link&lt;type&gt; (a reference to one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The property&apos;s value as qom-get reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, qom-get (qapi/qom.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A trace event compiled into this QEMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, TraceEventInfo (qapi/trace.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enabled, disabled, or unavailable (compiled out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, TraceEventState (qapi/trace.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the event is traced per vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, TraceEventInfo vcpu (qapi/trace.json)</source>
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
        <location filename="../../qmpgui/models/qom_model.py" line="-288"/>
        <location line="+209"/>
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
        <location filename="../../qmpgui/models/trace_model.py" line="+20"/>
        <location filename="../../qmpgui/models/vm_list.py" line="-285"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/display_model.py" line="-197"/>
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
        <location filename="../../qmpgui/models/qom_model.py" line="-209"/>
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
    <name>ids</name>
    <message>
        <location filename="../../qmpgui/qmp/ids.py" line="+13"/>
        <source>an id starts with a letter and has only letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;{text}&apos; is not an id QEMU takes: {ID_RULE}</source>
        <extracomment>The longest block node name QEMU takes (bs-&gt;node_name is 32 bytes with its NUL): a longer one is refused with &quot;Node name too long&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_format_box</name>
    <message>
        <location filename="../../qmpgui/ui/image_format_box.py" line="-89"/>
        <source>(read from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose: raw or qcow2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_info</name>
    <message>
        <location filename="../../qmpgui/host/image_info.py" line="+60"/>
        <source>{size} bytes</source>
        <extracomment>Formats told by their first bytes, for a host without qemu-img. QEMU&apos;s format driver name (&quot;qcow2&quot;, &quot;raw&quot;, ...). The disk&apos;s size as the guest sees it, in bytes; None when unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the full path of {path}: QEMU opens it from its own working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>qemu-img did not read {path} within {QEMU_IMG_TIMEOUT_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be opened as a disk image: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} cannot be read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_lock</name>
    <message>
        <location filename="../../qmpgui/qmp/image_lock.py" line="+102"/>
        <source>disk &apos;{device_id}&apos;{kind}</source>
        <extracomment>The part of a drive&apos;s qdev path that is not the device (virtio-blk&apos;s backend). Where QEMU puts a device given an id (-device, device_add). The drive&apos;s top node, or the node no drive uses. The QOM path of the drive&apos;s device (&quot;/machine/peripheral/disk0&quot;), &quot;&quot; if none. The drive&apos;s -drive name (&quot;ide0-hd0&quot;), &quot;&quot; for one made with -blockdev. Whether it only reads the image.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drive &apos;{drive}&apos;{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk {device_path}{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block node &apos;{node}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>or give this disk a copy of {path} (cp), or an overlay over it (qemu-img create -f qcow2 -b {path} -F {fmt} NEW.qcow2) while nothing writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is in use by {owner}&apos;s {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{held}, which writes it, so QEMU will not open it again, not even read-only: remove that first, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{held}, which only reads it: tick {read_only_box} to share it, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program (another QEMU?) has {path} open for writing, so QEMU will not open it, not even read-only: stop that program first, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program (another QEMU?) has {path} open, so QEMU will not open it for writing: if that program only reads it, tick {read_only_box} to share it; else stop it first, {copy}</source>
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
        <location filename="../../qmpgui/ui/key_list.py" line="+39"/>
        <source>VM menu, toolbar, the VM list&apos;s menu</source>
        <extracomment>Where the action table&apos;s actions work.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the command (when it is complete)</source>
        <extracomment>The keys widgets read themselves, not through a QAction: (keys, what, where).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Send the command as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new line in the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous / next command of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete the command or argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Serial terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paste the clipboard into the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scroll back / forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+43"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the {title} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Screendump viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
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
    <message>
        <location line="+33"/>
        <source>type a key combination, such as ctrl-alt-delete or shift-a</source>
        <extracomment>Alt+SysRq with a letter, as Linux reads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{v0}&apos; has a key name missing beside a - or +: the minus key is &apos;minus&apos;, the plus key &apos;kp_add&apos; (or shift-equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{word}&apos; is given twice: each key is pressed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{keys_count} keys: at most {MAX_KEYS} are pressed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (did you mean {v0}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{word}&apos; is not a key name this VM knows{hint}: keys are QEMU&apos;s QKeyCodes, such as ctrl, alt, delete, f1, a, ret or spc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{v0}&apos; has no Linux key code for libvirt&apos;s send-key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libvirt_risk</name>
    <message>
        <location filename="../../qmpgui/qmp/libvirt_risk.py" line="+160"/>
        <source>&apos;{name}&apos; changes the domain behind libvirt&apos;s back: libvirt&apos;s view of it goes out of date; {use}</source>
        <extracomment>QMP commands by name, and what to use instead. QMP commands by the start of their names. HMP commands (first word), and what to use instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libvirt_schemes</name>
    <message>
        <location filename="../../qmpgui/qmp/libvirt_schemes.py" line="+21"/>
        <source>&apos;{text}&apos; is a connection of libvirt&apos;s {driver} driver: qmpgui speaks to QEMU&apos;s monitor, which only libvirt&apos;s QEMU driver has (qemu:///system, qemu:///session, qemu+ssh://, qemu+tcp://, qemu+tls://, qemu+unix://, qemu+ext://)</source>
        <extracomment>The libvirt drivers whose domains have a QEMU monitor: QEMU&apos;s (kvm:// is its old name) and libvirt&apos;s test driver (test:///default, one domain and no daemon: to try the list out; its domains are listed and followed, their monitor is not there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libvirt_uri</name>
    <message>
        <location filename="../../qmpgui/qmp/libvirt_uri.py" line="+30"/>
        <source>the URI is empty: give a libvirt URI such as {EXAMPLES}</source>
        <extracomment>What a libvirt URI looks like, for the refusals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{text}&apos; is not a libvirt connection URI; give one such as {EXAMPLES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is a QMP endpoint, not a libvirt connection: add it with File → Add VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; names a domain: add it with File → Add VM…, or give the connection alone ({v1}) to list all its domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{text}&apos; is not a valid URI: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{text}&apos;: a qemu URI ends in /system (the system&apos;s domains) or /session (your own), e.g. {EXAMPLES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{uri} is the connection this domain runs on: give another host&apos;s libvirt (a domain migrates to another host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{text}&apos; is not a data address: give tcp://ADDRESS or tcp://ADDRESS:PORT (where the destination&apos;s QEMU listens), or leave it empty for the destination host&apos;s name</source>
        <extracomment>Where a destination&apos;s QEMU listens for the migration&apos;s data, as libvirt takes it.</extracomment>
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
    <name>media</name>
    <message>
        <location filename="../../qmpgui/qmp/media.py" line="+60"/>
        <source>the device has neither a drive name nor a qdev id</source>
        <extracomment>Image formats offered in the Change media dialog; &quot;&quot; lets QEMU probe. Said to the user with the outcome (what this server could not do).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>this QEMU cannot force a change past a locked tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this QEMU&apos;s change command cannot set the read-only mode; it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this QEMU has neither blockdev-change-medium nor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this VM has no removable drive (CD-ROM, floppy)</source>
        <extracomment>Why Eject or Change media has no drive to act on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to eject: no removable drive holds a medium or has a closed tray</source>
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
    <name>memory</name>
    <message>
        <location filename="../../qmpgui/qmp/memory.py" line="-122"/>
        <source>the guest gives memory back only through its balloon driver (virtio_balloon); without one it keeps all of it</source>
        <extracomment>The command that sets the balloon&apos;s target (bytes the guest keeps). What QEMU needs to have a balloon (on a PCI machine; virtio-balloon-ccw on s390x). The sentence for a VM without a balloon (query-balloon&apos;s DeviceNotActive). The same for a libvirt domain, whose QEMU libvirt starts. Why a target need not be reached: the guest&apos;s part, which QEMU cannot see.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a balloon target of 0 MiB would leave the guest no memory at all: QEMU refuses it; give at least 1 MiB</source>
        <extracomment>Plugged while QEMU ran (device_add), for DIMMs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a balloon target of {target_mib} MiB is more than the VM&apos;s RAM, {ram} MiB: the balloon only gives back what it took (RAM is set when QEMU starts, or grows by hot-plugged memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/memory.py" line="+35"/>
        <source>Set balloon target</source>
        <extracomment>The action&apos;s name in words (the log&apos;s and the status bar&apos;s).</extracomment>
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
        <location line="+43"/>
        <source>Balloon target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
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
        <location line="+18"/>
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
        <location line="+3"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../qmpgui/ui/migrate_dialog.py" line="-279"/>
        <source>A URI (typed below)</source>
        <extracomment>The spin boxes&apos; ranges, in the units shown (MiB/s, ms). Shown until the source&apos;s settings are known: QEMU&apos;s defaults. The destination choice that means &quot;the URI typed&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Start migration</source>
        <extracomment>The URI proposed for it to listen on (&quot;&quot; when it must be asked: another host), or the one it listens on already (`listening`). What its QEMU offers; None until it answered. Whether it listens at `proposed_uri` already (started with -incoming URI, or told by an attempt before): no migrate-incoming is sent to it again. Why it cannot take a migration now (an attempt that reached it failed: QEMU ignores later connections), or None (session/migration.py&apos;s Migrations.spent()).</extracomment>
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
    <message>
        <location filename="../../qmpgui/qmp/migration.py" line="+37"/>
        <source>no migration</source>
        <extracomment>MigrationStatus values while a migration runs (qapi/migration.json). MigrationStatus values once a migration has ended. A MigrationStatus in words, for the progress view and the VM list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copying memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to switch over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copying device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcopy: the destination runs, fetching what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcopy paused: the connection broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcopy recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the guest to unplug devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COLO (fault tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/migration.py" line="-311"/>
        <source>Migrate (incoming)</source>
        <extracomment>Seconds between two looks at a migration under way. Seconds between two looks at its settings, which another client may change too. The actions&apos; names in words (the log&apos;s and the status bar&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_advice</name>
    <message>
        <location filename="../../qmpgui/ui/migration_advice.py" line="-20"/>
        <source>. What would help:</source>
        <extracomment>Why the advice shows, after the stuck sentence (convergence.stuck_sentence()).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_brief</name>
    <message>
        <location filename="../../qmpgui/session/migration_brief.py" line="+21"/>
        <source> (pass {dirty_sync_count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating: {v0} left{passes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migration: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a migration at {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pass {dirty_sync_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{v0} left of {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{v0:.1f} MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrating, {words}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_chart</name>
    <message>
        <location filename="../../qmpgui/ui/migration_chart.py" line="-135"/>
        <source>memory left (MiB)</source>
        <extracomment>Grid lines on each value axis, and on the time axis. The time axis spans at least this many seconds, so that the first points do not stretch over the whole width. The legend&apos;s words, by series.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory left (MiB, scale: the last minute)</source>
        <extracomment>... once the first pass is over: the scale follows the last minute&apos;s leftovers, which go up and down by a MiB or so where the first pass sent the whole RAM.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>throughput (MiB/s)</source>
        <extracomment>Seconds of samples the memory left&apos;s scale follows once the first pass is over.</extracomment>
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
    <name>migration_ops</name>
    <message>
        <location filename="../../qmpgui/virt/migration_ops.py" line="+75"/>
        <source>the destination {destination} cannot be opened: {sentence}</source>
        <extracomment>libvirt counts migration bandwidth in MiB/s. libvirt&apos;s &quot;no limit&quot; (QEMU_DOMAIN_MIG_BANDWIDTH_MAX: LLONG_MAX bytes/s in MiB/s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_options</name>
    <message>
        <location filename="../../qmpgui/qmp/migration_options.py" line="+49"/>
        <source>Bandwidth limit</source>
        <extracomment>Bytes in a MiB: the bandwidth limit is shown in MiB/s and sent in bytes/s. Whether the destination must have it on too (a capability of both sides). The options the dialog offers, in its order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most the migration sends per second; QEMU&apos;s default is 128 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downtime limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest pause of the guest QEMU accepts to switch over; longer lets a busy guest finish; QEMU&apos;s default is 300 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto-converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slows the guest&apos;s vCPUs step by step while it dirties memory faster than it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>XBZRLE compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends only the changed bytes of pages sent before: less traffic, more CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Multifd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends memory over several connections at once (the destination needs it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow postcopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lets a migration that does not finish switch to postcopy: the destination runs at once and fetches the rest (the guest is lost if the network fails meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>-uuid {source_uuid}</source>
        <extracomment>Whether `migrate_set_speed` / `migrate_set_downtime` stand in for the parameters. Whether `migrate-incoming` exists (QEMU 2.3+: a destination started with `-incoming defer`). One command: its name and arguments.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no -uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multifd needs it started with {wanted} (QEMU refuses another UUID&apos;s channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bandwidth limit {v0:g} MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>downtime limit {downtime} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no other option on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no option on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_outcome</name>
    <message>
        <location filename="../../qmpgui/session/migration_outcome.py" line="+21"/>
        <source>{v0:.1f} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>after {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0}{of} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to the command {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the file {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>incoming migration completed: this VM has the guest now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: {error_desc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incoming migration {why}: this QEMU exits (QEMU cannot take another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> in {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the guest paused {downtime_ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; {v0} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its guest stays stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its guest was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration completed{took}{sent}: this VM&apos;s state was written {written}; {stopped}. This VM is left in postmigrate: Resume runs it here again (no second copy runs unless the state is loaded elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is paused, as it was here,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration completed{took}{paused}{sent}. This VM is left in postmigrate: its guest {where} at the destination (resuming it here would run two copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>what was written {written} is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the destination QEMU exits (start it again to take another migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migration cancelled{got}: this VM keeps running; {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this VM keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this VM stays here, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration failed{got}: {v1}; {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_uri</name>
    <message>
        <location filename="../../qmpgui/qmp/migration_uri.py" line="+37"/>
        <source>write tcp:[ADDRESS]:PORT for an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tcp: needs a host and a port: tcp:HOST:PORT (tcp:127.0.0.1:4444)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{port}&apos; is not a port: tcp:HOST:PORT takes a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>QEMU&apos;s migration URIs have no &quot;//&quot;: write {fixed}</source>
        <extracomment>A host and a port with no scheme before them: &quot;127.0.0.1:4444&quot;, &quot;[::1]:4444&quot;, &quot;host.example:4444&quot;, &quot;localhost:4444&quot;. QEMU&apos;s migration URI schemes (7.2&apos;s, and file: of 8.2). The schemes that may be written with a &quot;//&quot; by habit (URLs have one; QEMU&apos;s migration URIs have none).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a migration URI starts with its kind: write tcp:{uri} for a QEMU listening at {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a migration URI starts with its kind: write unix:{uri} for a socket at {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give the destination: a VM waiting for a migration, or a URI (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{uri}&apos; is not a migration URI: write one of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unix: needs the socket&apos;s path: unix:/run/dest.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exec: is not for a libvirt domain: its QEMU runs as libvirt&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exec: needs a command: exec:cat &gt; /var/tmp/vm.mig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this QEMU cannot migrate to a file (file: came with QEMU 8.2): use exec:cat &gt; PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file: needs a path: file:/var/tmp/vm.mig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{scheme}:&apos; is not a migration URI qmpgui sends: write one of </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monitors</name>
    <message>
        <location filename="../../qmpgui/host/monitors.py" line="+172"/>
        <source>in the list</source>
        <extracomment>Seconds a socket has to greet: QEMU greets at once, even on a loaded machine. Probes at once. Probes in one search at most: CONCURRENT at a time, each GREETING_TIMEOUT_S (and a look at the kernel&apos;s tables when silent), sockets that all stay silent hold a search for seconds, not minutes. A socket that QEMU does not listen on, or whose listener /proc hides (another user&apos;s), is connected to only when its name says it may be a monitor: a connection can start a socket-activated service, and D-Bus or X11 is no QMP server anyway. The listening process where /proc shows it. The socket is one of the VMs in the list already (then it is not connected to). The clients QEMU serves on it (socket inodes): a monitor another client holds, which a connection would only join the queue of.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free, QEMU {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>: {v0} {v1} connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../qmpgui/qmp/network.py" line="+195"/>
        <source>the protocol is tcp or udp, not {v0}</source>
        <extracomment>The QMP command that sets a NIC&apos;s (or a netdev&apos;s) link: `{name, up}`. User networking&apos;s backend type, the one whose host forwards can be added and removed. Where user networking puts the guest when a rule names no guest address. `NAME: index=N,type=T,...` (7.2) or `NAME: type=T,...` (before 2.x); a peer line has `  ` before it. `  hub0port0: e1000.0: index=0,type=nic,...`: a client on a port of hub 0. `Hub -1 (n0):` heads a netdev&apos;s table in `info usernet`. A forward&apos;s row: `TCP[HOST_FORWARD] 8 127.0.0.1 44105 10.0.2.15 22 0 0`; a port is at most five ASCII digits (a longer one is no port, and int() refuses 4300).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {what} port is a number from 1 to 65535, not {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QEMU could not listen for {rule} on its host: the host port is in use or the address is not one of the host&apos;s (choose another port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU could not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU refused the rule {rule}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{netdev} has no host forward {rule} (it may have been removed already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU could not read the rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/network.py" line="+36"/>
        <source>Set link down</source>
        <extracomment>The topic&apos;s HMP queries in Inspection.results. The actions&apos; names in words (the log&apos;s and the status bar&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/network.py" line="-161"/>
        <source>The guest sees its cable pulled out: its connections through this NIC stop and no packet goes in or out until the link is set up again.</source>
        <extracomment>What the guest loses when its NIC&apos;s link goes down.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A libvirt domain&apos;s links and forwards are libvirt&apos;s to change (virsh domif-setlink, its &lt;interface&gt; XML): this pane changes them on plain QMP VMs</source>
        <extracomment>Why the buttons are off on a libvirt domain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network_model</name>
    <message>
        <location filename="../../qmpgui/models/network_model.py" line="+6"/>
        <source>QEMU reports no link state: a NIC&apos;s link is up from its start until set_link sets it down, and the pane shows it as set from this window</source>
        <extracomment>Said where QEMU sent nothing. A link&apos;s words: QEMU reports none, so a link not set here is up, as every NIC starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no addresses listed</source>
        <extracomment>The key of a host forward&apos;s row under its NIC: (&quot;forward&quot;, rule).</extracomment>
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
        <location line="+48"/>
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
    <name>opening</name>
    <message>
        <location filename="../../qmpgui/qmp/opening.py" line="+54"/>
        <source>the connection attempt timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <location filename="../../qmpgui/qmp/outcome.py" line="+22"/>
        <source>QEMU closed the monitor: it quit</source>
        <extracomment>The error class given to HMP output that reports a failure (QEMU&apos;s reply has none). Said of a `quit` whose answer was the monitor closing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>HMP {line}</source>
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
        <location filename="../../qmpgui/ui/panes/network.py" line="+6"/>
        <source>Ne&amp;twork</source>
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
        <location filename="../../qmpgui/ui/panes/serial.py" line="-238"/>
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
        <location filename="../../qmpgui/ui/panes/status.py" line="-103"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/trace.py" line="-350"/>
        <source>T&amp;race events</source>
        <extracomment>The scopes in the Apply to box&apos;s order; each item&apos;s data is its scope, since the checked scope&apos;s shown text carries its count (&quot;Checked events (2)&quot;). Milliseconds of typing a pattern before it is sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pci</name>
    <message>
        <location filename="../../qmpgui/qmp/pci.py" line="+21"/>
        <source>query-pci[{n}]: bus {number} is described twice; shown once</source>
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
    <message>
        <location filename="../../qmpgui/ui/preferences_dialog.py" line="-362"/>
        <source>&amp;Poll every</source>
        <extracomment>The number settings, in the order shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the VM list and the pane on screen are polled, besides QMP events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Command timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a command may wait for its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Greeting timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to wait for QEMU&apos;s greeting before calling the monitor busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power &amp;down waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long Power down waits for the guest before offering Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unplug waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long Remove device waits for the guest to release a device before saying that it has not and that a reset completes the unplug (it keeps waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screendump &amp;live every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screendump viewer&apos;s live refresh interval (for viewers opened from now on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Event log keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries the event log keeps in memory and reads back at start; the oldest go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences_dialog</name>
    <message>
        <location line="+15"/>
        <source>{low:,.10g} to {high:,.10g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preset_forms</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-114"/>
        <source>(not known yet: read from the file)</source>
        <extracomment>The format choice that has the format read from the file on this host. What the preview shows for a format not yet read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../qmpgui/qmp/presets.py" line="+27"/>
        <source>this machine does not plug in vCPUs (no query-hotpluggable-cpus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every vCPU slot is in use: a VM takes more vCPUs only when started with -smp N,maxcpus=M (M greater than N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>every 52:54:00 address is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{mac}&apos; is not a MAC address (six pairs of hex digits: 52:54:00:12:34:56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{mac}&apos; is a multicast address: a NIC needs one whose first byte is even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the MAC address {mac} is in use by another NIC of this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>QEMU makes {ifname} (or opens it, when a tap of that name exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU makes a new tap, which the host names (the first free of tap0, tap1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{TAP_UP_SCRIPT} with the tap&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{TAP_DOWN_SCRIPT} with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{made}, then runs {up} on this VM&apos;s host as QEMU&apos;s user; {down} runs when the backend goes (netdev_del, or QEMU quits). QEMU does this when no script is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No script runs: {made} and leaves it as it is, so a new tap stays down. Bring it up yourself (ip link set {ifname} master BRIDGE up, BRIDGE being the host&apos;s bridge), or choose the host&apos;s scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No script runs: {made}, and leaves it down. Its name shows in the Network pane&apos;s Backend details (ifname=…): bring it up yourself (ip link set TAP master BRIDGE up, for that TAP and the host&apos;s bridge), or name the tap here, or choose the host&apos;s scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the image is {found}, not {chosen} (as found): choose {found}, or leave the format to detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU found that {path} is not a {chosen} image: choose the image&apos;s own format (qemu-img info {path} says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/presets.py" line="+115"/>
        <source>{command} failed: {why}; {v2}</source>
        <extracomment>The words of a preset&apos;s backends kinds. The node names of its block nodes, and its drives&apos; ids. The ids of its network backends and NICs. Its NICs&apos; MAC addresses, lower case. The free vCPU slots, lowest first. Why no vCPU can be added, or None. What happened, in a sentence (&quot;&quot; when it worked: the caller says what was added).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nothing was created, so nothing is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>what it had created ({removed}) is removed again: nothing is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed again: {v0}; {remains}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qemu_argv</name>
    <message>
        <location filename="../../qmpgui/qmp/qemu_argv.py" line="+132"/>
        <source>the guest agent&apos;s channel {_GUEST_AGENT}</source>
        <extracomment>Options that take a chardev spec: `unix:PATH,...` or `chardev:ID`. The properties that name a chardev: chardev, chardev1 (pci-serial-2x), the network filters&apos; indev and outdev.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the virtio-serial channel {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a virtio-serial channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a virtio console of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a serial port of the guest ({driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a parallel port of the guest ({driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a vhost-user back end ({driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the character device of {driver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>its QMP monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>its human monitor (HMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a serial port of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a parallel port of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its GDB stub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a network back end (-netdev {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the character device of -object {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>-chardev {v0},id={chardev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a character device that no device uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-{name} unix:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its incoming migration channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-incoming {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its VNC display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-vnc unix:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its SPICE display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-spice addr={v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>-netdev {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom</name>
    <message>
        <location filename="../../qmpgui/session/qom.py" line="+32"/>
        <source>Set QOM property</source>
        <extracomment>The action&apos;s name in words (the log&apos;s and the status bar&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>&lt;error: {error}&gt;</source>
        <extracomment>The root whose children are the browser&apos;s top nodes.</extracomment>
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
    <name>qom_set_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/qom_set_dialog.py" line="-42"/>
        <source>qom-set changes the live object at once: the guest may see the change, and QEMU keeps it until the VM ends (it is not written to any configuration).</source>
        <extracomment>What a set can do, said before it is sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom_tree</name>
    <message>
        <location filename="../../qmpgui/qmp/qom_tree.py" line="+136"/>
        <source>{name} is a bool: type true or false</source>
        <extracomment>Types whose value qom-get reads as one JSON scalar (enums read as strings too, but their names are not known here: they are read on demand).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is an integer ({type}): type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is unsigned ({type}): type 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <location filename="../../qmpgui/qmp/reader.py" line="+14"/>
        <source>{where}: expected an array, got {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../qmpgui/qmp/risk.py" line="+188"/>
        <source>transaction: {kind}</source>
        <extracomment>The action table&apos;s risk of each action&apos;s command (Resume and Start both send cont). The actions&apos; dangerous commands (quit, system_reset, ...), named alike in HMP. QMP commands that change nothing though their names do not start with &quot;query-&quot;. The commands that start a block job, each with what it writes and what completing or pivoting it changes: one risk for them all (asked first), with words that fit a job rather than the words of commands that end the VM or remove a device. The same commands in HMP (`commit` writes at once, it is not a job). What any other dangerous command can do, for its question. QMP commands that end, reset or remove something, lose data or move the VM away: the actions&apos; dangerous ones and more. HMP commands (first word) that read only, and those that end or lose something. The actions&apos; dangerous commands have the same names in HMP. Risks from the least to the most.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runstate</name>
    <message>
        <location filename="../../qmpgui/qmp/runstate.py" line="+47"/>
        <source>an incoming migration is in progress (only Quit works)</source>
        <extracomment>What each known run state offers, from the action table&apos;s run states. Offered whatever the state: a state this version does not know, from a newer QEMU.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VM is not running (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>the VM is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the VM was never started (QEMU -S): Start boots it, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a suspended VM wakes with Wake, not Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume fails after &apos;{status}&apos;: Reset first, then Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a VM that was never started (QEMU -S) can be started (it is {status}); Resume continues a paused one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only a suspended VM can be woken (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a paused guest cannot answer the power button: Resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys reach a running guest only (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a running guest can be asked to power down (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not possible while the VM is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This VM was migrated away. If the destination runs, resuming here runs two copies of the same guest, which can corrupt its disks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../qmpgui/qmp/schema.py" line="+219"/>
        <source>array of {v0}</source>
        <extracomment>The readable `ret-type` (&quot;object&quot;, &quot;array of object&quot;, ...); &quot;&quot; when not known. True when this server gave only the name (no schema, or no arg-type in it).</extracomment>
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
    <name>screen_input</name>
    <message>
        <location filename="../../qmpgui/qmp/screen_input.py" line="+196"/>
        <source>a US keyboard</source>
        <extracomment>QEMU&apos;s absolute axes run from 0 to this (INPUT_EVENT_ABS_MAX, include/ui/input.h). X11&apos;s keycodes are evdev&apos;s plus this (the X server&apos;s evdev driver adds it). The pointer&apos;s buttons by the name input-send-event gives them (InputButton). Linux key code -&gt; QKeyCode. Where two QKeyCodes share a code, the key a keyboard has: 99 is the Print Screen key (print, not sysrq), 55 the keypad&apos;s * (kp_multiply). Said once when the VM has no absolute pointer. What a US keyboard types without shift, by key. What a US keyboard types with shift, by key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {layout} keyboard layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing typed: {board} has no key for {shown}. Choose the guest&apos;s keyboard layout, or remove those characters and type them in the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the release keys are empty: use a combination such as ctrl-alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{name}&apos; in the release keys is not a QEMU key name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screen_view</name>
    <message>
        <location filename="../../qmpgui/ui/screen_view.py" line="-315"/>
        <source>Select a connected VM to see its screen</source>
        <extracomment>Said while the view shows no VM.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard capture and Type text are off: this VM has no screen to type into</source>
        <extracomment>Why neither the keyboard capture nor Type text is offered on a VM without a display: QEMU would take the keys, but nothing shows what they do. The capture line meanwhile (the status line below it says why there is no frame).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screendump</name>
    <message>
        <location filename="../../qmpgui/qmp/screendump.py" line="+66"/>
        <source>QEMU runs on {host} and writes screendumps to that host&apos;s disk, where qmpgui cannot read them. Run qmpgui on that host (for example over ssh -X), or watch the screen with a VNC or SPICE viewer (Display tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>uid {uid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QEMU runs as user {v0}, which may not write to qmpgui&apos;s private folder {folder} (mode 0700, owned by {v2}). Run qmpgui as {v0}, or watch the screen with a VNC or SPICE viewer (Display tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QEMU could not write the screendump into {folder} ({desc}). QEMU writes the file itself, as its own user: that user needs write access to the folder</source>
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
    <name>screendump_viewer</name>
    <message>
        <location filename="../../qmpgui/ui/viewer_keys.py" line="+13"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a new screendump now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the picture to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every pixel once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enlarge (also Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce (also Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the picture as a PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the picture to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../qmpgui/qmp/secrets.py" line="+119"/>
        <source>not sent: it holds {MASK} where a secret goes (the history keeps secrets masked): type the secret again</source>
        <extracomment>What a secret is replaced with. The property that holds a secret object&apos;s secret (qapi/crypto.json, SecretProperties). What QEMU&apos;s QOM type names look like (memory-backend-ram, virtio-rng.0, tls-creds-x509). The secret object types (qapi/qom.json: secret, secret_keyring). The properties of a secret object that are not its secret (qapi/crypto.json, SecretCommonProperties, SecretProperties): every other one is masked, misspelt too. How close a misspelt name is to what was meant (difflib&apos;s ratio). `change`&apos;s targets that set the VNC password (hmp_change_vnc, qmp_change_vnc). set_password&apos;s `connected` (qapi/ui.json, SetPasswordAction).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+251"/>
        <source>duplicate key</source>
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
        <location filename="../../qmpgui/ui/panes/serial.py" line="-36"/>
        <source>Choose a serial port…</source>
        <extracomment>The list&apos;s first row while no port is chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console is shown in a window of its own.</source>
        <extracomment>The pane&apos;s words while the console is in its own window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial console — {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_console</name>
    <message>
        <location filename="../../qmpgui/ui/serial_console.py" line="-47"/>
        <source>a serial line cannot tell the guest: set it there (stty rows R cols C)</source>
        <extracomment>What the size note adds: the guest cannot learn the terminal&apos;s size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_input</name>
    <message>
        <location filename="../../qmpgui/session/serial_input.py" line="-26"/>
        <source>{count} bytes</source>
        <extracomment>Bytes written at a time: progress and Stop act between chunks. A batch of more bytes than this reports its progress.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{v0:.1f} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v0:.1f} MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_ports</name>
    <message>
        <location filename="../../qmpgui/qmp/serial_ports.py" line="+32"/>
        <source>another program holds this serial port (QEMU serves one client at a time): close it there</source>
        <extracomment>The prefix QEMU gives a server socket&apos;s filename while no client is connected. The labels QEMU gives the chardevs of `-qmp` and `-monitor` (compat_monitor0, 1, ...). The id libvirt gives its domains&apos; monitor chardev. What is said of a socket chardev another client holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another program holds this domain&apos;s console (libvirt serves one client at a time, such as virsh console): close it there</source>
        <extracomment>What is said of a libvirt domain&apos;s console another client holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirt&apos;s pty: choose the console above, which libvirt serves</source>
        <extracomment>The port of a libvirt domain&apos;s console, listed first for a domain. Why a domain&apos;s pty is not opened itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only: QEMU&apos;s ringbuf-write only adds to the buffer, the guest never reads it</source>
        <extracomment>What is said of a ringbuf, whose input QEMU does not pass to the guest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>QEMU connects out to this socket: the program listening there has it</source>
        <extracomment>libvirt&apos;s console stream of a domain (virDomainOpenConsole). Not reachable from here (`SerialPort.reason` says why).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a socket on the VM&apos;s host, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a pseudo-terminal on the VM&apos;s host, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its output goes to a file on the VM&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is QEMU&apos;s own standard input and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a null chardev: the guest&apos;s output is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is shown in QEMU&apos;s own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a named pipe on the VM&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TCP socket: qmpgui opens unix sockets, ptys and ringbufs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a UDP socket: qmpgui opens unix sockets, ptys and ringbufs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>a SPICE channel, for a SPICE client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_transports</name>
    <message>
        <location filename="../../qmpgui/session/serial_transports.py" line="-59"/>
        <source>{path} is not a terminal: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shorthand</name>
    <message>
        <location filename="../../qmpgui/qmp/shorthand.py" line="+80"/>
        <location line="+93"/>
        <source>nothing to send</source>
        <extracomment>Keys a QMP command object may have (qmp-protocol.md, section 1). Any other key, `control` included (an out-of-band draft that QEMU never took: `exec-oob` it is), QEMU refuses (&quot;QMP input member &apos;control&apos; is unexpected&quot;): refused here, not dropped. The user&apos;s own id (any JSON value), echoed by QEMU in its reply; None lets the client pick one, unless `has_id` says the user wrote `&quot;id&quot;: null`. Sent as `exec-oob` (out-of-band; only after negotiating &quot;oob&quot;, 2.12+). Whether the user gave an `id`, null included.
----------
Command names, downstream ones (`__com.redhat_drive-add`) included.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>not valid JSON: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a QMP command is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a command has &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing &quot;execute&quot;: the name of the command to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;arguments&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shorthand_words</name>
    <message>
        <location filename="../../qmpgui/qmp/shorthand_words.py" line="+80"/>
        <source>unclosed quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>no JSON form for {kind}</source>
        <extracomment>What parse_value() gives back for text that is not a Python literal. JSON&apos;s names for Python&apos;s True, False and None.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a JSON or Python value: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only strings, numbers, True, False, None, lists and dicts with string keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>silence_errors</name>
    <message>
        <location filename="../../qmpgui/qmp/silence_errors.py" line="+22"/>
        <source>the server sent a QMP greeting but did not answer qmp_capabilities within {seconds:g} s (is QEMU stopped with SIGSTOP, or stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer to qmp_capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>monitor busy: connected, but no QMP greeting within {seconds:g} s{held}. {_ONE_CLIENT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A QMP socket serves one client at a time; close the other client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket</source>
        <extracomment>What to do about a monitor another client holds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{v0} {v1} connected to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another client is connected to it (a process of another user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>monitor busy: {v0}. {_ONE_CLIENT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{v0} {v1} it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another client holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monitor busy: {path} takes no more clients: {held} and others already wait for their turn. A QMP socket serves one client at a time; close the other client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a QMP monitor: QEMU (pid {pid}) uses it as {what} ({option} on its command line). Give qmpgui a QMP socket: start QEMU with -qmp unix:PATH,server=on,wait=off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QEMU (pid {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server (pid {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} is stopped (SIGSTOP, or a debugger holds it): it sends no QMP greeting until it runs again (kill -CONT {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>QEMU ({server}) accepted the connection on its QMP monitor but sent no greeting within {seconds:g} s (is it stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no QMP greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU ({server}) accepted the connection but sent no QMP greeting within {seconds:g} s: this socket is not one of its QMP monitors (a guest agent, serial port or other character device?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a QMP server: {server} accepted the connection but sent no QMP greeting within {seconds:g} s, and it is not QEMU (if it relays a QMP monitor, that monitor is busy or stuck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{server} has not accepted the connection within {seconds:g} s, and no other client is connected to the socket (is it stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_failures</name>
    <message>
        <location filename="../../qmpgui/qmp/snapshot_failures.py" line="+26"/>
        <source>{error} (QEMU saves the RAM as a migration sends it, and a device of this VM cannot be migrated: a snapshot of the disks only, without the RAM, can be saved)</source>
        <extracomment>How QEMU 7.2&apos;s error begins when writing the RAM state into the image failed. Below this many bytes free, a filesystem is taken to be what failed the write.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{error} (the filesystem holding {file} is full: {v2} MiB free of {v3} MiB; make room there and try again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_model</name>
    <message>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+26"/>
        <source>out of range</source>
        <extracomment>State says libvirt&apos;s word alone; the RAM state column says it too, beside the memory (a VM&apos;s snapshots have no state to show). libvirt&apos;s words for a domain&apos;s state when a snapshot was taken, as the window says them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none (disks only)</source>
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
    <name>snapshot_ops</name>
    <message>
        <location filename="../../qmpgui/virt/snapshot_ops.py" line="+116"/>
        <source>shut off</source>
        <extracomment>The devices of a domain&apos;s XML that libvirt snapshots (a `lun` passes through).</extracomment>
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
    <message>
        <location filename="../../qmpgui/qmp/snapshots.py" line="-58"/>
        <location line="+1"/>
        <source>starting</source>
        <extracomment>Format drivers whose images hold internal snapshots (block drivers with bdrv_snapshot_create in QEMU 7.2: qcow2, rbd, sheepdog). The jobs (qapi/migration.json, 6.0+); without them HMP savevm/loadvm/delvm. query-jobs statuses after which a job does nothing more (qapi/job.json JobStatus). What a job&apos;s status (qapi/job.json JobStatus) means to someone watching it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+212"/>
        <source>this VM has no disk to keep a snapshot on</source>
        <extracomment>QEMU&apos;s id on the first disk that holds it (&quot;1&quot;); &quot;&quot; when HMP showed none. Saved RAM and device state, in bytes; 0 for a disk-only snapshot. When it was taken: seconds since the epoch. The guest&apos;s clock then: seconds since the VM started. Labels of the disks that hold it. Some disk able to hold snapshots lacks it: reverting would fail. The SnapshotInfo as QEMU sent it (the first disk&apos;s), for &quot;copy as JSON&quot;. What libvirt alone knows of a domain&apos;s snapshot (virt/snapshots.py): the tag of the snapshot it was taken from (None for a root, or a VM&apos;s snapshot), whether it is libvirt&apos;s current one, the domain&apos;s state then in libvirt&apos;s word (&quot;running&quot;, &quot;paused&quot;, &quot;shutoff&quot;, &quot;disk-snapshot&quot;; &quot;&quot; unknown), its description, and whether it holds the memory (None: told by vm_state_size). A line of HMP `info snapshots`: ID, TAG, VM SIZE (&quot;943 KiB&quot;), DATE, VM CLOCK.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no disk of this VM can hold a snapshot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this QEMU saves snapshots of every writable disk, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>give the snapshot a name</source>
        <extracomment>&quot;created&quot;, &quot;running&quot;, &quot;waiting&quot;, &quot;pending&quot;, &quot;aborting&quot;, &quot;concluded&quot;, &quot;null&quot;, ... QEMU&apos;s sentence for a job that failed; None for one that worked (or runs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a snapshot&apos;s name cannot hold spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name of digits alone is read as a snapshot&apos;s id: add a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a snapshot&apos;s name has at most 127 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/snapshots.py" line="+149"/>
        <location line="+31"/>
        <source>{v0} snapshot &apos;{tag}&apos;</source>
        <extracomment>The query the snapshots come from in Inspection.results (the block topic&apos;s). HMP&apos;s list, asked where query-block does not answer. How often query-jobs is asked while a job runs, in seconds: events say more at once, this catches a job whose events were missed. The snapshots come with the drives: one query-block serves both (and the drives are a kept topic, refreshed after the jobs&apos; JOB_STATUS_CHANGE). &quot;Saving snapshot &apos;before-upgrade&apos;&quot;. The job&apos;s status (&quot;running&quot;), or &quot;&quot; for HMP (no steps to see). query-jobs&apos; progress: done of total (units of QEMU&apos;s choosing); None unknown. Receives progress while an operation runs, then None when it ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/snapshots.py" line="+97"/>
        <source>this domain has no disk to keep a snapshot on</source>
        <extracomment>Why a running or paused domain&apos;s snapshot keeps the memory (libvirt 9.0 refuses an internal snapshot of its disks alone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no disk of this domain can hold a snapshot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libvirt keeps internal snapshots only when every writable disk can: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockets</name>
    <message>
        <location filename="../../qmpgui/host/sockets.py" line="+102"/>
        <source>This endpoint is already in the list.</source>
        <extracomment>The longest unix socket path Linux takes, in bytes (sun_path holds 108 with its NUL). A regular file, a device, a pipe: something that is not a socket. The path cannot be looked at (no permission on a folder on the way).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this path is {size} bytes long: a unix socket&apos;s path has at most {MAX_SOCKET_PATH}, so neither QEMU nor qmpgui can use it; choose a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This socket is already in the list, as {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>state_words</name>
    <message>
        <location filename="../../qmpgui/session/state_words.py" line="+60"/>
        <source>, next try in {left} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnecting (attempt {attempt}{wait})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited ({cause}); waiting for QEMU to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exited ({cause})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <location filename="../../qmpgui/virt/states.py" line="+125"/>
        <source>event {event}</source>
        <extracomment>The reasons of each state (virDomainRunningReason, ...), as `virsh domstate --reason`. virDomainEventType: what a lifecycle event says happened. The detail that means a migration, by event: STARTED_MIGRATED, SUSPENDED_MIGRATED, RESUMED_MIGRATED, STOPPED_MIGRATED. STOPPED_FROM_SNAPSHOT: libvirt stopped QEMU to revert the domain to a snapshot (and starts a new one at once).</extracomment>
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
    <name>tls</name>
    <message>
        <location filename="../../qmpgui/qmp/tls.py" line="+17"/>
        <source>the {what} {path} cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a client {given} was given without its {missing}: give both, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the CA certificate {ca} holds no certificate (a PEM file is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client key {key} is encrypted with a passphrase: give a key without one (openssl pkey -in {key} -out client-key.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client key has a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client key {key} does not match the client certificate {cert}: give the key the certificate was made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key does not match certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client certificate {cert} or its key {key} is not a PEM certificate and key ({v2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate or key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls_errors</name>
    <message>
        <location filename="../../qmpgui/qmp/tls_errors.py" line="+66"/>
        <source>{host}:{port} is a plain QMP monitor, without TLS: connect to tcp:{v2}:{port}, or give QEMU&apos;s monitor chardev tls-creds</source>
        <extracomment>OpenSSL&apos;s verify codes (X509_V_ERR_*) that the sentences below tell apart. Reasons OpenSSL gives when what came back is not TLS at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain QMP, not TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host}:{port} is a QMP monitor over TLS (it waits for a TLS handshake, not sending a greeting): connect to tls:{v2}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a TLS monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server&apos;s certificate ({host}:{port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> on {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} expired{on}: QEMU needs a new server-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> before {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} is not valid{on}: check this machine&apos;s clock and QEMU&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is not made out to &apos;{host}&apos;: connect by a name or address its subjectAltName lists, or make it anew for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is not trusted: it is not signed by {trusted} ({verify_message}); give the CA certificate that signed QEMU&apos;s server-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server asks for a client certificate (QEMU&apos;s verify-peer=on) and none was given: give a client certificate and its key, signed by the CA QEMU trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the client certificate {cert}: it is not signed by the CA QEMU trusts (ca-cert.pem in its tls-creds-x509 dir), or has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{host}:{port} does not speak TLS: it answered the handshake with something else ({v2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a TLS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the TLS handshake with {host}:{port} failed: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls_files</name>
    <message>
        <location filename="../../qmpgui/ui/tls_files.py" line="-94"/>
        <source>PEM files (*.pem *.crt *.cert *.key);;All files (*)</source>
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
    <name>trace</name>
    <message>
        <location filename="../../qmpgui/qmp/trace.py" line="+104"/>
        <source>the whole pattern {name}</source>
        <extracomment>Setting more events than this at once asks first: every enabled event slows QEMU. The state of an event compiled out of this build (&quot;disabled&quot; at build time in trace-events; QEMU&apos;s refusals call it &quot;disabled&quot; too). QEMU&apos;s refusal of a name or pattern that covers an unavailable event (QEMU 7.2&apos;s qmp_trace_event_set_state: the whole command is refused, nothing is changed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed: {event} is not available in this build of QEMU (compiled out; QEMU says &quot;disabled&quot;), and QEMU refuses {whole} for it. Refresh, then choose Checked events without it, or Every event matching the search: the available ones are then sent by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> and {v0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} {verb} not available in this build of QEMU (compiled out) and left out: QEMU refuses a whole pattern that covers one, so the available events were sent by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{file} (-trace file= names QEMU&apos;s log file, so it wins over -D {logfile})</source>
        <extracomment>Where libvirt writes a domain&apos;s QEMU stderr, by the daemon its URI reaches (libvirt&apos;s qemu.conf `stdio_handler`, virtlogd&apos;s files; the session daemon&apos;s under the user&apos;s ~/.cache).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (-trace file= names QEMU&apos;s log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the -D log file {logfile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QEMU has no trace-file command, so its backend is not &quot;simple&quot;: with the &quot;log&quot; backend (Debian&apos;s and most builds) enabled events are written as lines to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend &quot;simple&quot;: {v0} (binary: read it with QEMU&apos;s simpletrace.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QEMU&apos;s stderr, which libvirt writes to {stderr_log} on the domain&apos;s host (or the file its &lt;qemu:commandline&gt; gives with -D or -trace file=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QEMU&apos;s stderr, or the file its -D or -trace file= option names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU&apos;s command line: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No -trace option on QEMU&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/trace.py" line="+34"/>
        <source>Enable trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a libvirt domain: virsh dumpxml shows its &lt;qemu:commandline&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the monitor is not a local socket, so QEMU&apos;s process is not visible here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/proc/{pid}/cmdline is not readable (another user&apos;s QEMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/trace.py" line="-35"/>
        <source>Every enabled event is written each time QEMU passes it: many events slow the VM and fill the trace&apos;s file or QEMU&apos;s log quickly.</source>
        <extracomment>What switching many events on does, said before it is done.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transaction</name>
    <message>
        <location filename="../../qmpgui/qmp/transaction.py" line="+95"/>
        <source>the transaction is not closed: end it with &apos;)&apos;, on a line of its own or after the last action</source>
        <extracomment>The word that opens a transaction block, and the one that closes it. The command a transaction block sends. Reads one action&apos;s KEY=VALUE words into its data: (text, words, data) -&gt; None.</extracomment>
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
    <name>transport</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/transport.py" line="+76"/>
        <source>no such file on {host}: {path} (is QEMU running there with -qmp unix:{path},server=on,wait=off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied on {host}: {path} (the SSH user may not reach it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SSH server of {host} could not open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} on {host} is a folder, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} on {host} is a file, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>permission denied on {host}: {path}: the SSH user may not open this socket (check its owner and mode, or join its group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused on {host}: {path} exists but nothing listens on it (left behind by a QEMU that exited?)</source>
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
    <name>unix_peers</name>
    <message>
        <location filename="../../qmpgui/qmp/unix_peers.py" line="-113"/>
        <source>no netlink sockets on this system</source>
        <extracomment>Socket states (include/net/tcp_states.h): a connection, a listening socket.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unplug</name>
    <message>
        <location filename="../../qmpgui/session/unplug.py" line="-245"/>
        <source>Remove device</source>
        <extracomment>The Remove device action&apos;s name in words (the log&apos;s and the status bar&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unplug requested</source>
        <extracomment>What a device whose unplug QEMU has not finished shows beside its id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unplug requested, not released by the guest</source>
        <extracomment>... once the timeout passed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>user_guide</name>
    <message>
        <location filename="../../qmpgui/ui/user_guide.py" line="-121"/>
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
    <name>viewers</name>
    <message>
        <location filename="../../qmpgui/host/viewers.py" line="+90"/>
        <source>install remote-viewer (package virt-viewer) or a VNC viewer such as TigerVNC&apos;s vncviewer (package tigervnc-viewer)</source>
        <extracomment>Finds a program by name, like shutil.which: its path, or None. What a viewer may open: &quot;vnc&quot; and &quot;spice&quot; over TCP, with &quot;+tls&quot; (VeNCrypt, SPICE&apos;s TLS port) and &quot;+unix&quot; (a unix socket). The kinds it opens (see kind_of()). &quot;uri&quot;: vnc://host:port, spice://host:port; &quot;double-colon&quot;: host::port, or a unix socket&apos;s path (the vncviewer family). The program&apos;s path; &quot;&quot; in KNOWN_VIEWERS, set by find_viewers(). In order of preference.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>install TigerVNC&apos;s vncviewer (package tigervnc-viewer), which opens a unix socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>install remote-viewer (package virt-viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the display listens on {listen_host} of the remote host only; reach it through an SSH tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the display is the unix socket {path} on {host}; reach it through an SSH tunnel (ssh -L LOCAL.sock:{path} {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU reports a unix socket without its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QEMU reports no port to connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vm_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/vm_dialog.py" line="-198"/>
        <source>Start QEMU with &lt;tt&gt;-qmp unix:/run/vm1.qmp,server=on,wait=off&lt;/tt&gt; and enter &lt;tt&gt;/run/vm1.qmp&lt;/tt&gt; here.</source>
        <extracomment>The Browse dialog&apos;s filters: sockets by their usual names, or every file. What the dialog says of the endpoint to give, and of a `tls:` endpoint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU serves QMP over TLS with &lt;tt&gt;-object tls-creds-x509,id=tls0,dir=DIR,endpoint=server,verify-peer=on&lt;/tt&gt; and a monitor chardev with &lt;tt&gt;tls-creds=tls0&lt;/tt&gt;; the client certificate must be signed by the CA in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vm_list</name>
    <message>
        <location filename="../../qmpgui/models/vm_list_words.py" line="+15"/>
        <source>incoming: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+389"/>
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
        <location filename="../../qmpgui/ui/pane_tabs.py" line="+42"/>
        <source>Panes of the selected VM</source>
        <extracomment>A pane was built (the Pane) and put in its tab; emitted before anything else sees it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/app/window_parts.py" line="-15"/>
        <source>Event log and console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
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
