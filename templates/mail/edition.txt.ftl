<#ftl output_format="plainText">
<#--
  The plain-text part of the e-mail edition (model: MailEdition, docs/templates.md): the same
  content as the HTML part, for clients and readers that prefer text. No escaping: this is text.
-->
<#assign ko = lang == "ko">
<#assign w = ko?then({
  "headlines": "핵심 수치",
  "read": "브리핑 전문 읽기",
  "attached": "PDF판(${pdfName})을 첨부했습니다. 인쇄하거나 인터넷 연결 없이 읽으실 수 있습니다.",
  "why": "‘${site.title}’ 뉴스레터를 구독하신 분께 보내 드리는 메일입니다. ${site.publisher} 드림",
  "unsubscribe": "수신 거부"
}, {
  "headlines": "Key figures",
  "read": "Read the full briefing",
  "attached": "The PDF edition (${pdfName}) is attached, to print or to read offline.",
  "why": "You receive this because you subscribed to ${site.title}. From the ${site.publisher}.",
  "unsubscribe": "Unsubscribe"
})>
${site.title} · ${date}

${title}

${summary}
<#if headlines?has_content>

${w.headlines}
<#list headlines as h>
<#-- The won figure and the status share one parenthesis, the bound said once (a Korean floor:
     3800억위안(약 75조원) 이상(보도)); a figure not converted says so after it, outside the amount's brackets: 24억달러(보도) · 환산 안 함. -->
- ${h.label}: ${h.inline}, ${h.date}, ${h.source}
</#list>
</#if>
<#list paragraphs as p>

${p.quote?then("> ", "")}${p.text}
</#list>

${w.read}: ${url}

${w.attached}

-- 
${w.why}
<#if unsubscribe?has_content>
${w.unsubscribe}: ${unsubscribe}
</#if>
